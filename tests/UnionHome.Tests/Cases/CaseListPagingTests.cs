using System.Net;
using System.Net.Http.Json;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Hotline;
using UnionHome.Cases.Pools;
using UnionHome.Cases.Queue;
using UnionHome.Cases.Settings;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

/// <summary>Every Cases list answers {items, total, page, pageSize} and walks by ?page and ?pageSize.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseListPagingTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_members_three_cases_come_two_on_the_first_page_and_one_on_the_second_newest_first(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var filed = new List<Guid>();
        foreach (var description in new[] { "船东拖欠工资。", "合同到期不给结算。", "加班费没有发。" })
        {
            var response = await member.PostAsJsonAsync("/api/v1/cases", new { category = "wage", urgency = "normal", description, clientRequestId = Guid.NewGuid().ToString() }, Ct);
            filed.Add((await response.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id);
        }

        var first = (await member.GetFromJsonAsync<Paged<CaseSummary>>("/api/v1/me/cases?page=1&pageSize=2", Ct))!;
        var second = (await member.GetFromJsonAsync<Paged<CaseSummary>>("/api/v1/me/cases?page=2&pageSize=2", Ct))!;
        var beyond = (await member.GetFromJsonAsync<Paged<CaseSummary>>("/api/v1/me/cases?page=3&pageSize=2", Ct))!;

        (first.Total, first.Page, first.PageSize, first.Items.Count).ShouldBe((3, 1, 2, 2));
        (second.Total, second.Page, second.PageSize, second.Items.Count).ShouldBe((3, 2, 2, 1));
        (beyond.Total, beyond.Items.Count).ShouldBe((3, 0));
        first.Items.Concat(second.Items).Select(c => c.Id).ShouldBe(filed, ignoreOrder: true);
        first.Items.Min(c => c.CreatedAt).ShouldBeGreaterThanOrEqualTo(second.Items[0].CreatedAt);
        (await member.GetFromJsonAsync<Paged<CaseSummary>>("/api/v1/me/cases", Ct))!.PageSize.ShouldBe(PageRequest.DefaultSize);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pools_a_union_may_use_are_walked_a_page_at_a_time_each_pool_once(DatabaseProvider provider)
    {
        var app = apps[provider];
        var officer = app.ClientWithToken((await app.NewStaffAsync(Roles.UnionStaff, "GZ-GY-BY")).Token);
        var baiyun = await EventsTestData.UnitIdAsync(app, "GZ-GY-BY");
        var created = new List<Guid>();
        foreach (var name in new[] { "白云法律援助律师库", "白云职工心理志愿者库", "白云职工医疗专家库" })
        {
            var response = await officer.PostAsJsonAsync("/api/v1/staff/pools", new { orgUnitId = baiyun, name, kind = "experts" }, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            var pool = (await response.Content.ReadFromJsonAsync<PoolView>(Ct))!;
            response.Headers.Location!.ToString().ShouldBe($"/api/v1/staff/pools/{pool.Id}");
            created.Add(pool.Id);
        }

        var pages = new List<Paged<PoolView>>();
        for (var page = 1; page == 1 || (page - 1) * 2 < pages[^1].Total; page++)
        {
            pages.Add((await officer.GetFromJsonAsync<Paged<PoolView>>($"/api/v1/staff/pools?page={page}&pageSize=2", Ct))!);
        }

        pages[0].Total.ShouldBeGreaterThanOrEqualTo(3);
        pages.ShouldAllBe(p => p.PageSize == 2 && p.Items.Count <= 2 && p.Total == pages[0].Total);
        pages.Select(p => p.Page).ShouldBe(Enumerable.Range(1, pages.Count));
        var listed = pages.SelectMany(p => p.Items).Select(p => p.Id).ToList();
        listed.Count.ShouldBe(pages[0].Total);
        listed.ShouldBeUnique();
        listed.Where(created.Contains).ShouldBe(created, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_staff_lists_of_cases_settings_and_calls_take_a_page_size(DatabaseProvider provider)
    {
        var app = apps[provider];
        var officer = app.ClientWithToken((await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS")).Token);

        var queue = (await officer.GetFromJsonAsync<CasePage>("/api/v1/staff/cases?status=open&pageSize=1", Ct))!;
        var policies = (await officer.GetFromJsonAsync<Paged<SlaPolicyView>>("/api/v1/staff/case-settings/sla-policies?pageSize=1", Ct))!;
        var desks = (await officer.GetFromJsonAsync<Paged<DeskView>>("/api/v1/staff/case-settings/desks?page=1&pageSize=1", Ct))!;
        var calls = (await officer.GetFromJsonAsync<Paged<HotlineCallView>>("/api/v1/staff/hotline-calls?pageSize=1", Ct))!;
        var callsByDefault = (await officer.GetFromJsonAsync<Paged<HotlineCallView>>("/api/v1/staff/hotline-calls", Ct))!;

        (queue.Page, queue.PageSize, queue.Items.Count).ShouldBe((1, 1, Math.Min(1, queue.Total)));
        queue.CountsByStatus.ShouldNotBeEmpty();
        (policies.PageSize, policies.Items.Count).ShouldBe((1, Math.Min(1, policies.Total)));
        // Other tests on the shared application add desks in 舟山: the demo's desk is one of at least one.
        (desks.Page, desks.PageSize, desks.Items.Count).ShouldBe((1, 1, 1));
        var allDesks = (await officer.GetFromJsonAsync<Paged<DeskView>>($"/api/v1/staff/case-settings/desks?pageSize={PageRequest.MaxSize}", Ct))!;
        allDesks.Total.ShouldBe(desks.Total);
        allDesks.Items.Select(d => d.DeskName).ShouldContain(UnionHome.Cases.Demo.CasesDemoData.MedicalDesk);
        (calls.PageSize, calls.Items.Count).ShouldBe((1, Math.Min(1, calls.Total)));
        callsByDefault.PageSize.ShouldBe(HotlineQueries.DefaultPageSize);
    }
}
