using System.Net;
using System.Net.Http.Json;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Recuperation;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

[Collection(PlatformCollection.Name)]
public sealed class RecuperationBaseTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_registered_base_is_listed_for_everyone_signed_in_and_named_by_the_trips_that_go_there(DatabaseProvider provider)
    {
        var app = apps[provider];
        var province = await app.StaffClientAsync("ZJ");
        var registered = await province.PostAsJsonAsync(
            "/api/v1/staff/recuperation-bases",
            new { orgUnitId = await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), name = "普陀山海员疗休养基地", address = "浙江省舟山市普陀区朱家尖街道", capacity = 80 },
            Ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Ct));
        var recuperationBase = (await registered.Content.ReadFromJsonAsync<RecuperationBaseEntry>(Ct))!;

        var listed = await (await EventsTestData.MemberAsync(app)).GetFromJsonAsync<Paged<RecuperationBaseEntry>>("/api/v1/recuperation-bases?pageSize=100", Ct);
        var trip = await EventsTestData.PublishedEventAsync(app, capacity: 40, body => { body["kind"] = "trip"; body["recuperationBaseId"] = recuperationBase.Id; return body; });

        listed!.Items.ShouldContain(b => b.Id == recuperationBase.Id && b.OrgUnitName == "舟山市总工会" && b.Capacity == 80);
        (await app.Anonymous().GetAsync("/api/v1/recuperation-bases", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var view = (await app.Anonymous().GetFromJsonAsync<EventView>($"/api/v1/events/{trip.Id}", Ct))!;
        view.RecuperationBase.ShouldBe(new RecuperationBaseView(recuperationBase.Id, "普陀山海员疗休养基地", "浙江省舟山市普陀区朱家尖街道", 80));
    }

    [Fact]
    public async Task A_base_needs_a_union_of_the_officers_subtree_a_name_an_address_and_a_capacity()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var baiyun = await app.StaffClientAsync("GZ-GY-BY");
        var zhoushan = await EventsTestData.UnitIdAsync(app, "ZJ-ZS");

        var outside = await baiyun.PostAsJsonAsync("/api/v1/staff/recuperation-bases", new { orgUnitId = zhoushan, name = "越权基地", address = "某地", capacity = 10 }, Ct);
        var noAddress = await (await app.StaffClientAsync("ZJ-ZS")).PostAsJsonAsync("/api/v1/staff/recuperation-bases", new { orgUnitId = zhoushan, name = "无地址基地", capacity = 10 }, Ct);
        var noCapacity = await (await app.StaffClientAsync("ZJ-ZS")).PostAsJsonAsync("/api/v1/staff/recuperation-bases", new { orgUnitId = zhoushan, name = "无容量基地", address = "舟山市定海区", capacity = 0 }, Ct);

        await outside.ShouldBeProblem(HttpStatusCode.NotFound, "org_unit_not_found");
        await noAddress.ShouldBeProblem(HttpStatusCode.BadRequest, "base_address_required");
        await noCapacity.ShouldBeProblem(HttpStatusCode.BadRequest, "base_capacity");
    }
}
