using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnionHome.Membership.MyData;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

/// <summary>
/// An ID number typed into an application proves nothing about whose it is: a person's export and erasure reach only
/// the rows bound to their own account, never a colleague's membership that shares the number.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ErasureBoundToAccountTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Erasing_someone_who_once_typed_a_colleagues_id_leaves_the_colleagues_membership_whole(DatabaseProvider provider)
    {
        var app = apps[provider];
        var colleaguesId = ResidentIds.New("330902");
        var wrongdoer = await Members.SignedInAsync(app);
        var typedIn = await Members.ApplyAsync(app, new { name = "冒用者", idNumber = colleaguesId, workerType = "employee", workRegionCode = "330902" }, wrongdoer);
        var adminClient = await app.StaffClientAsync(null, Roles.Admin);
        (await adminClient.PostAsJsonAsync($"/api/v1/staff/applications/{typedIn.Id}/reject", new { reason = "身份证号与本人不符" }, Ct)).EnsureSuccessStatusCode();
        var colleague = await Members.ApprovedAsync(app, new { name = "王同事", idNumber = colleaguesId, workerType = "employee", workRegionCode = "330902" });

        var export = await wrongdoer.GetFromJsonAsync<JsonElement>("/api/v1/me/data-export", Ct);
        var request = (await (await wrongdoer.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason = "注销" }, Ct)).Content.ReadFromJsonAsync<DeletionRequestSummary>(Ct))!;
        (await adminClient.PostAsync($"/api/v1/staff/deletion-requests/{request.Id}/process", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        export.GetProperty("membership").ValueKind.ShouldBe(JsonValueKind.Null);
        export.GetProperty("applications").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ShouldBe(["冒用者"]);
        var membership = await colleague.GetFromJsonAsync<JsonElement>("/api/v1/me/membership", Ct);
        membership.GetProperty("status").GetString().ShouldBe("member");
        membership.GetProperty("name").GetString().ShouldBe("王同事");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_officer_sees_what_an_erasure_will_reach_before_confirming_and_it_is_only_the_requesters(DatabaseProvider provider)
    {
        var app = apps[provider];
        var colleaguesId = ResidentIds.New("330902");
        var requester = await Members.SignedInAsync(app);
        var typedIn = await Members.ApplyAsync(app, new { name = "冒用者", idNumber = colleaguesId, workerType = "employee", workRegionCode = "330902" }, requester);
        var adminClient = await app.StaffClientAsync(null, Roles.Admin);
        (await adminClient.PostAsJsonAsync($"/api/v1/staff/applications/{typedIn.Id}/reject", new { reason = "身份证号与本人不符" }, Ct)).EnsureSuccessStatusCode();
        var colleague = await Members.ApprovedAsync(app, new { name = "李同事", idNumber = colleaguesId, workerType = "employee", workRegionCode = "330902" });
        var request = (await (await requester.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason = "注销" }, Ct)).Content.ReadFromJsonAsync<DeletionRequestSummary>(Ct))!;

        var preview = await adminClient.GetFromJsonAsync<JsonElement>($"/api/v1/staff/deletion-requests/{request.Id}/preview", Ct);

        var counts = preview.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("records").GetInt32());
        counts["applications"].ShouldBe(1);
        counts["membership"].ShouldBe(0);
        preview.GetProperty("status").GetString().ShouldBe("pending");
        preview.ToString().ShouldNotContain(colleaguesId);
        preview.ToString().ShouldNotContain("冒用者");
        (await colleague.GetFromJsonAsync<JsonElement>("/api/v1/me/membership", Ct)).GetProperty("status").GetString().ShouldBe("member");
    }
}
