using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Outbox;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Outbox;

[Collection(PlatformCollection.Name)]
public sealed class OutboxTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Events_are_written_only_when_the_change_commits(DatabaseProvider provider)
    {
        var app = apps[provider];
        var userId = Guid.NewGuid().ToString();

        await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            sp.GetRequiredService<UnionHome.Platform.Outbox.Outbox>().Publish(new UserRegistered(userId, app.Time.GetUtcNow().UtcDateTime));
            db.OrgUnits.Add(UnionHome.Platform.Organization.OrgUnit.CreateRoot(Guid.NewGuid(), "ZJ", "duplicate code", default, "330000", null));
            return await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        });

        var stored = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AnyAsync(m => m.Payload.Contains(userId), Ct));
        stored.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_dispatchers_racing_deliver_each_message_to_its_handler_once(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Outbox:Enabled"] = "false" });
        var userIds = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid().ToString()).ToList();
        await app.WithServices(async sp =>
        {
            var outbox = sp.GetRequiredService<UnionHome.Platform.Outbox.Outbox>();
            foreach (var id in userIds)
            {
                outbox.Publish(new UserRegistered(id, app.Time.GetUtcNow().UtcDateTime));
            }

            return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        });

        var dispatchers = Enumerable.Range(0, 3).Select(_ => new OutboxDispatcher(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            new OutboxSignal(),
            Options.Create(new OutboxOptions { BatchSize = 7 }),
            app.Time,
            NullLogger<OutboxDispatcher>.Instance)).ToList();
        await Task.WhenAll(dispatchers.Select(async d =>
        {
            while (await d.DispatchDueAsync(Ct) > 0)
            {
            }
        }));

        var welcomes = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Notifications
            .Where(n => userIds.Contains(n.UserId))
            .GroupBy(n => n.UserId)
            .Select(g => g.Count())
            .ToListAsync(Ct));
        welcomes.Count.ShouldBe(30);
        welcomes.ShouldAllBe(count => count == 1);
        var pending = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(m => m.ProcessedAt == null, Ct));
        pending.ShouldBe(0);
    }
}
