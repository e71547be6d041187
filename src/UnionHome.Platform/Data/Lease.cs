using Microsoft.EntityFrameworkCore;

namespace UnionHome.Platform.Data;

/// <summary>A named job only one node runs at a time; held until <see cref="ExpiresAt"/> unless its holder renews it.</summary>
public sealed class Lease
{
    public string Name { get; set; } = "";

    public string Holder { get; set; } = "";

    public DateTime ExpiresAt { get; set; }
}

public static class Leases
{
    /// <summary>
    /// Takes or renews the lease: true when the caller holds it until <paramref name="now"/> + <paramref name="duration"/>.
    /// One conditional update decides between nodes; the first use of a name inserts its row.
    /// </summary>
    public static async Task<bool> TryTakeAsync(this AppDbContext db, string name, string holder, DateTime now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = now + duration;
        var taken = await db.Set<Lease>()
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Set<Lease>().AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        var lease = db.Set<Lease>().Add(new Lease { Name = name, Holder = holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            lease.State = EntityState.Detached;
            return false;
        }
    }
}
