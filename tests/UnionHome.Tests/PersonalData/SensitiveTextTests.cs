using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Queue;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.PersonalData;

/// <summary>What is written about a person's health or troubles is stored encrypted and nowhere else.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SensitiveTextTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_staff_reply_and_a_resolution_reach_the_inbox_only_as_a_pointer_to_the_encrypted_case(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "psychological", urgency = "normal", description = "长期失眠，情绪低落。", clientRequestId = Guid.NewGuid().ToString() }, Ct);
        var id = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var reply = $"已为您预约周三下午的心理咨询 {Guid.NewGuid():N}";
        var resolution = $"完成四次心理疏导，睡眠明显改善 {Guid.NewGuid():N}";

        (await officer.PostAsJsonAsync($"/api/v1/cases/{id}/messages", new { text = reply }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{id}/resolve", new { resolution }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var view = (await member.GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!;
        (view.Status, view.Resolution).ShouldBe(("resolved", resolution));
        view.Timeline.ShouldContain(e => e.Text == reply);
        var inbox = (await member.GetFromJsonAsync<Paged<InboxItem>>("/api/v1/me/inbox", Ct))!.Items;
        // Not even the case number: the inbox is not encrypted, and a title is shown on lock screens.
        inbox.Count(n => n.Title == "您的求助有新回复").ShouldBe(2);
        inbox.ShouldNotContain(n => n.Title.Contains(view.Number, StringComparison.Ordinal) || n.Body.Contains(view.Number, StringComparison.Ordinal));
        inbox.ShouldNotContain(n => n.Body.Contains(reply, StringComparison.Ordinal) || n.Body.Contains(resolution, StringComparison.Ordinal));
        await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            (await db.Notifications.CountAsync(n => n.Body.Contains(resolution) || n.Body.Contains(reply), Ct)).ShouldBe(0);
            (await db.AuditEntries.CountAsync(e => e.Details != null && (e.Details.Contains(resolution) || e.Details.Contains(reply)), Ct)).ShouldBe(0);
            return 0;
        });
    }
}
