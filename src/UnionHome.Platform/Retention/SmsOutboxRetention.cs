using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Retention;

/// <summary>
/// Texts the local SMS outbox kept (login codes, reminders) are deleted 30 days after they were sent: a code is
/// worth nothing after five minutes, and a month covers any "I never got the text" question.
/// </summary>
internal sealed class SmsOutboxRetention(AppDbContext db) : IRetentionRule
{
    public string Name => "SmsOutbox";

    public TimeSpan DefaultPeriod => TimeSpan.FromDays(30);

    public async Task<int> ApplyAsync(DateTime cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var claimed = await db.ClaimAsync(db.SmsOutbox.Where(m => m.SentAt < cutoff).OrderBy(m => m.SentAt), m => m.Id, batchSize, cancellationToken);
        return await db.SmsOutbox.Where(m => claimed.Contains(m.Id) && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
