using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Data;
using UnionHome.Platform.Outbox;

namespace UnionHome.Cases.Live;

/// <summary>
/// An urgent or emergency case reaches the consoles of the unit's on-duty staff at once. With several nodes the
/// push goes through Redis; while Redis is unreachable it fails and the outbox retries it, without holding back the
/// duty phone's text (<see cref="TextDutyPhone"/>, a handler of its own).
/// </summary>
internal sealed class AlertOnDutyStaff(AppDbContext db, IHubContext<ConsoleHub> hub, TimeProvider time)
    : IntegrationEventHandler<CaseOpened>
{
    protected override async Task HandleAsync(CaseOpened opened, Guid messageId, CancellationToken cancellationToken)
    {
        if (opened.Urgency == "normal")
        {
            return;
        }

        var c = await db.Set<HelpCase>().AsNoTracking().Where(x => x.Id == opened.CaseId).Select(x => new { x.Number }).SingleAsync(cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == opened.OrgUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        await hub.Clients.Group(ConsoleHub.GroupOf(opened.OrgUnitId)).SendAsync(
            ConsoleHub.CaseOpened,
            new CaseAlert(opened.CaseId, c.Number, opened.Category, opened.Urgency, opened.OrgUnitId, unit, opened.Escalated, time.GetUtcNow().UtcDateTime),
            cancellationToken);
    }
}
