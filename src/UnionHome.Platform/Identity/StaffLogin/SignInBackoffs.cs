using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Identity.StaffLogin;

public sealed class SignInBackoffOptions
{
    /// <summary>
    /// Failures one account takes from one network before each further one makes that network wait for that account
    /// (1 s, 2 s, 4 s…): a stranger's guesses slow the stranger, never the officer signing in from elsewhere.
    /// </summary>
    public int AccountFreeFailures { get; set; } = 5;

    public TimeSpan AccountMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures one network takes, across accounts, before each further one makes it wait.</summary>
    public int NetworkFreeFailures { get; set; } = 10;

    public TimeSpan NetworkMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A count starts again after this long without a failure.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);

    public static TimeSpan Delay(int failures, int free, TimeSpan max) =>
        failures < free ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(failures - free, 30)), max.TotalSeconds));
}

/// <summary>
/// Backoff counters by key (an account on one network, or a network across accounts), counted with conditional updates
/// so that every node agrees.
/// </summary>
public sealed class SignInBackoffs(AppDbContext db, IOptions<SignInBackoffOptions> options, TimeProvider time)
{
    public static string OfNetwork(string network) => $"net:{network}";

    public static string OfAccount(string userId, string network) => $"acct:{userId}@{network}";

    /// <summary>How long the key must still wait; zero when it may try.</summary>
    public async Task<TimeSpan> WaitForAsync(string key, CancellationToken cancellationToken)
    {
        var notBefore = await db.Set<SignInBackoff>().AsNoTracking().Where(b => b.Key == key).Select(b => b.NotBefore).SingleOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return notBefore > now ? notBefore.Value - now : TimeSpan.Zero;
    }

    public Task ClearAsync(string key, CancellationToken cancellationToken) =>
        db.Set<SignInBackoff>().Where(b => b.Key == key).ExecuteDeleteAsync(cancellationToken);

    public Task CountAccountFailureAsync(string userId, string network, CancellationToken cancellationToken) =>
        CountFailureAsync(OfAccount(userId, network), options.Value.AccountFreeFailures, options.Value.AccountMaxDelay, cancellationToken);

    public Task CountNetworkFailureAsync(string network, CancellationToken cancellationToken) =>
        CountFailureAsync(OfNetwork(network), options.Value.NetworkFreeFailures, options.Value.NetworkMaxDelay, cancellationToken);

    private async Task CountFailureAsync(string key, int free, TimeSpan max, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var forgetBefore = now - options.Value.ForgetAfter;
        var backoffs = db.Set<SignInBackoff>();
        if (await backoffs.Where(b => b.Key == key).ExecuteUpdateAsync(
                s => s.SetProperty(b => b.Failures, b => b.LastFailureAt < forgetBefore ? 1 : b.Failures + 1).SetProperty(b => b.LastFailureAt, now),
                cancellationToken) == 0)
        {
            var first = new SignInBackoff { Key = key, Failures = 1, LastFailureAt = now };
            backoffs.Add(first);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node counted the first failure a moment ago.
                db.Entry(first).State = EntityState.Detached;
                await backoffs.Where(b => b.Key == key).ExecuteUpdateAsync(s => s.SetProperty(b => b.Failures, b => b.Failures + 1), cancellationToken);
            }

            db.Entry(first).State = EntityState.Detached;
        }

        var failures = await backoffs.AsNoTracking().Where(b => b.Key == key).Select(b => b.Failures).SingleAsync(cancellationToken);
        var delay = SignInBackoffOptions.Delay(failures, free, max);
        if (delay > TimeSpan.Zero)
        {
            var until = now + delay;
            await backoffs.Where(b => b.Key == key).ExecuteUpdateAsync(s => s.SetProperty(b => b.NotBefore, until), cancellationToken);
        }
    }
}
