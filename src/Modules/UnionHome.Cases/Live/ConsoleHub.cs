using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;

namespace UnionHome.Cases.Live;

/// <summary>The alert a console shows for a new urgent or emergency case in its unit's queue.</summary>
internal sealed record CaseAlert(Guid CaseId, string Number, string Category, string Urgency, Guid OrgUnitId, string Unit, bool Escalated, DateTime At);

/// <summary>
/// The console's live channel (/hubs/console). Staff on duty for their unit join its group and hear
/// "caseOpened" for every urgent or emergency case that comes into that queue.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class ConsoleHub(AppDbContext db) : Hub
{
    public const string Path = "/hubs/console";
    public const string CaseOpened = "caseOpened";

    public static string GroupOf(Guid orgUnitId) => $"unit:{orgUnitId:N}";

    public override async Task OnConnectedAsync()
    {
        var caller = Context.User is { } user ? Caller.From(user) : null;
        if (caller?.OrgUnitId is { } unit
            && await db.Set<OnDuty>().AnyAsync(d => d.OrgUnitId == unit && d.UserId == caller.UserId, Context.ConnectionAborted))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(unit), Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }
}
