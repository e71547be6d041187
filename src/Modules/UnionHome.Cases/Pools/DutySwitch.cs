using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Pools;

/// <summary>Going on or off duty for one's unit: on-duty consoles hear the unit's urgent and emergency cases.</summary>
internal sealed class DutySwitch(AppDbContext db, TimeProvider time)
{
    private static readonly Error NoUnit = Error.Validation("no_unit", "您的账号不属于任何工会，无法值班", "onDuty");

    public async Task<Result<DutyView>> SwitchAsync(Actor actor, bool? onDuty, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var caller = actor.Caller;
        if (caller.OrgUnitId is not { } unit)
        {
            return NoUnit;
        }

        var mine = db.Set<OnDuty>().Where(d => d.OrgUnitId == unit && d.UserId == caller.UserId);
        if (onDuty == true && !await mine.AnyAsync(cancellationToken))
        {
            db.Add(new OnDuty { Id = Guid.CreateVersion7(), OrgUnitId = unit, UserId = caller.UserId, Since = time.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Switched on twice at once: one row is enough.
            }
        }
        else if (onDuty == false)
        {
            await mine.ExecuteDeleteAsync(cancellationToken);
        }

        return new DutyView(unit, await mine.AnyAsync(cancellationToken));
    }

    public Task<bool> IsOnDutyAsync(Actor actor, CancellationToken cancellationToken) =>
        actor.Caller.OrgUnitId is { } unit
            ? db.Set<OnDuty>().AnyAsync(d => d.OrgUnitId == unit && d.UserId == actor.UserId, cancellationToken)
            : Task.FromResult(false);
}
