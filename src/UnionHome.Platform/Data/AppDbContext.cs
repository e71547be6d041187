using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Platform.Notifications;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Outbox;
using UnionHome.Platform.Sms.Outbox;

namespace UnionHome.Platform.Data;

public sealed class AppDbContext(
    DbContextOptions<AppDbContext> options,
    IEnumerable<IModelContributor> contributors,
    OutboxSignal? outboxSignal = null)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<SmsCode> SmsCodes => Set<SmsCode>();
    public DbSet<SmsPhoneQuota> SmsPhoneQuotas => Set<SmsPhoneQuota>();
    public DbSet<SmsOutboxMessage> SmsOutbox => Set<SmsOutboxMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<HandledOutboxMessage> HandledOutboxMessages => Set<HandledOutboxMessage>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    private bool eventsAwaitCommit;

    public DatabaseProvider Provider => Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pendingAudit = ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        var raisesEvents = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

        // Once per entry, also when a failed save is tried again.
        var queued = ChangeTracker.Entries<AuditPending>().Select(p => p.Entity.EntryId).ToHashSet();
        foreach (var entry in pendingAudit.Where(e => !queued.Contains(e.Id)))
        {
            Add(new AuditPending { EntryId = entry.Id });
        }

        int written;
        if (pendingAudit.Count == 0 || Provider == DatabaseProvider.Postgres)
        {
            // On PostgreSQL a sequence numbers new entries: audited writes of every node run side by side.
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        else if (Database.CurrentTransaction is not null)
        {
            await AuditSequence.NumberAsync(this, pendingAudit, cancellationToken);
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        else
        {
            // SQLite lets one writer in at a time; the highest number must not move between reading it and writing.
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            await AuditSequence.NumberAsync(this, pendingAudit, cancellationToken);
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (raisesEvents && Database.CurrentTransaction is null)
        {
            outboxSignal?.Notify();
        }
        else if (raisesEvents)
        {
            eventsAwaitCommit = true;
        }

        return written;
    }

    /// <summary>
    /// After a transaction that wrote integration events commits, the dispatcher is woken at once rather than at its
    /// next poll: a live alert of an emergency must not wait the poll interval.
    /// </summary>
    public void Committed()
    {
        if (eventsAwaitCommit)
        {
            eventsAwaitCommit = false;
            outboxSignal?.Notify();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var provider = Provider;
        PlatformModel.Configure(builder, provider);
        foreach (var contributor in contributors)
        {
            contributor.Configure(builder, provider);
        }
    }
}
