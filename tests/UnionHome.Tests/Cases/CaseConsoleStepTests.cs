using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Queue;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Platform.StaffConsole;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

/// <summary>The steps of the console's case page, built as the page builds them: unaudited ones plainly, audited ones with the caller's audit log.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseConsoleStepTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_replies_notes_and_resolves_from_the_console_and_only_the_resolution_is_audited_in_their_name(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "wage", urgency = "normal", description = "船东拖欠两个月工资。", clientRequestId = Guid.NewGuid().ToString() }, Ct);
        var id = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        var (_, officerId) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS-DH");
        var dinghai = await EventsTestData.UnitIdAsync(app, "ZJ-ZS-DH");
        using var current = new CurrentActor(new SignedIn(Officer(officerId, dinghai)), app.Services.GetRequiredService<IServiceScopeFactory>());
        var console = new ConsoleData(app.Services.GetRequiredService<IServiceScopeFactory>(), current, app.Time);

        var replied = await console.QueryAsync<SendCaseMessage, Result<CaseAndRole>>((send, actor) => send.SendAsync(actor, id, new TextRequest("请提供工资条。"), Ct));
        var noted = await console.QueryAsync<AddCaseNote, Result<CaseAndRole>>((note, actor) => note.AddAsync(actor, id, new TextRequest("已电话核实。"), Ct));
        var resolved = await console.ActAsync<ResolveCase, Result<CaseAndRole>>((resolve, actor) => resolve.ResolveAsync(actor, id, new ResolveRequest("已协调船东结清。"), Ct));

        (replied.Succeeded, noted.Succeeded, resolved.Succeeded).ShouldBe((true, true, true));
        var audited = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Target == $"case:{id}").Select(e => new { e.Action, e.ActorId }).ToListAsync(Ct));
        audited.ShouldHaveSingleItem().ShouldBe(new { Action = "cases.resolved", ActorId = officerId });
        var view = (await member.GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!;
        view.Status.ShouldBe("resolved");
        view.Timeline.Select(e => e.Kind).ShouldBe(["filed", "messageToMember", "resolved"], ignoreOrder: true);
    }

    private static ClaimsPrincipal Officer(string userId, Guid unit) =>
        new(new ClaimsIdentity(
            [new(PlatformClaims.UserId, userId), new(PlatformClaims.Name, "定海值班员"), new(PlatformClaims.Role, Roles.UnionStaff), new(PlatformClaims.OrgUnitId, unit.ToString())],
            "test", PlatformClaims.Name, PlatformClaims.Role));

    private sealed class SignedIn(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
