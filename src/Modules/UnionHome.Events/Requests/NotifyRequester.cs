using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform;
using UnionHome.Platform.Data;
using UnionHome.Platform.Notifications;
using UnionHome.Platform.Outbox;

namespace UnionHome.Events.Requests;

/// <summary>
/// Tells whoever filed a request what the union decided, in their inbox. The message is saved with the dispatcher's
/// handled mark, so a redelivery does not add it twice.
/// </summary>
internal sealed class NotifyRequester(AppDbContext db, TimeProvider time)
{
    public async Task ScheduledAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var about = await db.Set<SessionRequest>().AsNoTracking().Where(r => r.Id == requestId)
            .Join(db.Set<MenuItem>(), r => r.MenuItemId, i => i.Id, (r, i) => new { r.RequestedBy, r.EventId, Item = i.Title })
            .SingleAsync(cancellationToken);
        var session = await db.Set<EventSession>().AsNoTracking().Where(s => s.EventId == about.EventId).OrderBy(s => s.StartsAt).FirstAsync(cancellationToken);
        var when = ChinaTime.Short(session.StartsAt);
        Add(about.RequestedBy, "点单服务已安排", $"贵单位申请的“{about.Item}”已安排在{when}，地点：{session.Place}，名额{session.Capacity}人。请通知本单位会员在活动报名中报名，仅限本单位会员。");
    }

    public async Task DeclinedAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var about = await db.Set<SessionRequest>().AsNoTracking().Where(r => r.Id == requestId)
            .Join(db.Set<MenuItem>(), r => r.MenuItemId, i => i.Id, (r, i) => new { r.RequestedBy, r.DeclineReason, r.OrgUnitId, Item = i.Title })
            .SingleAsync(cancellationToken);
        var union = await db.OrgUnits.AsNoTracking().Where(u => u.Id == about.OrgUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        Add(about.RequestedBy, "点单申请未能安排", $"{union}暂不能安排贵单位申请的“{about.Item}”：{about.DeclineReason}");
    }

    private void Add(string userId, string title, string body) =>
        db.Notifications.Add(new Notification { Id = Guid.CreateVersion7(), UserId = userId, Title = title, Body = body, CreatedAt = time.GetUtcNow().UtcDateTime });
}

internal sealed class NotifyScheduled(NotifyRequester notify) : IntegrationEventHandler<SessionRequestScheduled>
{
    protected override Task HandleAsync(SessionRequestScheduled scheduled, Guid messageId, CancellationToken cancellationToken) =>
        notify.ScheduledAsync(scheduled.RequestId, cancellationToken);
}

internal sealed class NotifyDeclined(NotifyRequester notify) : IntegrationEventHandler<SessionRequestDeclined>
{
    protected override Task HandleAsync(SessionRequestDeclined declined, Guid messageId, CancellationToken cancellationToken) =>
        notify.DeclinedAsync(declined.RequestId, cancellationToken);
}
