using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UnionHome.Cases.Data;
using UnionHome.Cases.Demo;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Sms;
using UnionHome.Tests.Cases;
using UnionHome.Tests.Events;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.ScaleOut;

/// <summary>
/// Two nodes on one PostgreSQL database and one Redis, both sending login codes, dispatching the outbox and
/// sweeping at the same moment: every promise is kept once for the deployment, not once per node.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TwoNodeSweepTests(Apps apps, RedisServer redis) : IClassFixture<RedisServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_phone_sent_a_code_by_one_node_waits_on_the_other_and_its_daily_limit_counts_both()
    {
        var clock = Clocks.Thursday1000Beijing();
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        // Four a day instead of ten keeps the walk short; the rule is the same.
        shared["Sms:Login:DailyLimitPerPhone"] = "4";
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        var phone = Sessions.NewPhone();
        clock.MoveToStartOfNextBeijingDay();

        (await RequestCodeAsync(nodeA, phone)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await RequestCodeAsync(nodeB, phone)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "sms_too_frequent");
        for (var sent = 1; sent < 4; sent++)
        {
            clock.Advance(TimeSpan.FromSeconds(61));
            (await RequestCodeAsync(sent % 2 == 1 ? nodeB : nodeA, phone)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        clock.Advance(TimeSpan.FromSeconds(61));
        await (await RequestCodeAsync(nodeB, phone)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "sms_daily_limit");
        await (await RequestCodeAsync(nodeA, phone)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "sms_daily_limit");
        (await nodeA.TextsToAsync(phone)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task Many_code_requests_for_one_phone_split_across_both_nodes_send_one_code()
    {
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        var clock = Clocks.Thursday1000Beijing();
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        var phone = Sessions.NewPhone();

        // Enough to overlap on two cores: a quota read and then written lets dozens of these through, 16 often none.
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => RequestCodeAsync(i % 2 == 0 ? nodeA : nodeB, phone)));

        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.NoContent))
        {
            await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, "sms_too_frequent");
        }

        (await nodeB.TextsToAsync(phone)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_emergency_medical_case_texts_the_duty_phone_once_though_both_nodes_dispatch_the_outbox()
    {
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        shared["Outbox:Enabled"] = "true";
        var clock = Clocks.Thursday1000Beijing();
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock, SlowSmsGateway.Install);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock, SlowSmsGateway.Install);
        var seafarer = await Members.SeafarerAsync(nodeA);

        // One filed through each node: each node's dispatcher is woken by its own commit, the other's polls.
        var numbers = new[] { await HelpRequests.FileEmergencyAsync(seafarer, nodeA), await HelpRequests.FileEmergencyAsync(seafarer, nodeB) };

        await WaitUntilAsync(async () => (await CaseOpenedMessagesAsync(nodeA, numbers)).All(m => m.ProcessedAt is not null));
        await LetAnyDuplicateLandAsync();
        var texts = await nodeB.TextsToAsync(CasesDemoData.DutyPhone);
        foreach (var number in numbers)
        {
            texts.Count(t => t.Text.Contains(number, StringComparison.Ordinal)).ShouldBe(1, number);
        }

        var messages = await CaseOpenedMessagesAsync(nodeA, numbers);
        messages.Count.ShouldBe(2);
        // A second delivery racing the first would have collided on the handled mark and left an attempt and an error.
        messages.ShouldAllBe(m => m.ProcessedAt != null && m.Attempts == 0 && m.LastError == null);
    }

    [Fact]
    public async Task An_overdue_case_climbs_to_the_parent_union_once_though_both_nodes_sweep()
    {
        var clock = Clocks.Thursday1000Beijing();
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        shared["Cases:SweepEnabled"] = "true";
        shared["Cases:SweepInterval"] = "00:00:15";
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        var member = await Members.ActiveAsync(nodeA, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "wage", urgency = "emergency", description = "老板连夜关厂跑路，三十多名工人两个月工资没有着落。", clientRequestId = Guid.NewGuid().ToString() }, Ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;

        // An emergency is answered within 30 minutes; moving the shared clock past it wakes both nodes' sweepers at once.
        clock.Advance(TimeSpan.FromMinutes(31));

        await WaitUntilAsync(async () => (await CaseAsync(nodeA, id)).EscalationLevel > 0);
        await LetAnyDuplicateLandAsync();
        var (escalated, entries) = await nodeB.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var c = await db.Set<HelpCase>().AsNoTracking().SingleAsync(x => x.Id == id, Ct);
            var steps = await db.Set<CaseEntry>().AsNoTracking().Where(e => e.Kind == CaseEntryKind.Escalated).ToListAsync(Ct);
            return (c, steps);
        });
        escalated.EscalationLevel.ShouldBe(1);
        escalated.OrgUnitId.ShouldBe(await EventsTestData.UnitIdAsync(nodeA, "ZJ-ZS"));
        var ours = entries.Where(e => e.CaseId == id).ShouldHaveSingleItem();
        (ours.FromOrgUnitId, ours.ToOrgUnitId).ShouldBe(((Guid?)await EventsTestData.UnitIdAsync(nodeA, "ZJ-ZS-DH"), escalated.OrgUnitId));
        // The demo's open cases were swept in the same passes: none of them climbed twice either.
        entries.GroupBy(e => e.CaseId).ShouldAllBe(g => g.Count() == 1);
    }

    [Fact]
    public async Task An_expired_waitlist_offer_passes_to_the_next_member_once_though_both_nodes_sweep()
    {
        var clock = Clocks.Thursday1000Beijing();
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        var e = await EventsTestData.PublishedEventAsync(nodeA, capacity: 1, body => { body["offerHours"] = 2; return body; });
        var (holder, slow, next, last) = (await EventsTestData.MemberAsync(nodeA), await EventsTestData.MemberAsync(nodeA), await EventsTestData.MemberAsync(nodeB), await EventsTestData.MemberAsync(nodeB));
        var held = (await EventsTestData.BookAsync(holder, e)).Booking!;
        var slowBooking = (await EventsTestData.BookAsync(slow, e)).Booking!;
        var nextBooking = (await EventsTestData.BookAsync(next, e)).Booking!;
        var lastBooking = (await EventsTestData.BookAsync(last, e)).Booking!;
        (await holder.DeleteAsync($"/api/v1/bookings/{held.Id}", Ct)).EnsureSuccessStatusCode();
        (await EventsTestData.MyBookingAsync(slow, slowBooking.Id)).Status.ShouldBe("offered");

        // Past the two hours to answer: both nodes' sweepers wake on the same tick of the shared clock.
        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        await WaitUntilAsync(async () => (await EventsTestData.MyBookingAsync(next, nextBooking.Id)).Status == "offered");
        await WaitUntilAsync(async () => (await OffersInInboxAsync(next)) > 0);
        await LetAnyDuplicateLandAsync();
        (await EventsTestData.MyBookingAsync(slow, slowBooking.Id)).CancelReason.ShouldBe("offer_expired");
        (await EventsTestData.MyBookingAsync(last, lastBooking.Id)).Status.ShouldBe("waitlisted");
        (await OffersInInboxAsync(next)).ShouldBe(1);
        (await OffersInInboxAsync(last)).ShouldBe(0);
        (await nodeB.Anonymous().GetFromJsonAsync<UnionHome.Events.Catalogue.EventView>($"/api/v1/events/{e.Id}", Ct))!.Sessions[0].Taken.ShouldBe(1);
    }

    private static Task<HttpResponseMessage> RequestCodeAsync(UnionHomeApp node, string phone) =>
        node.Anonymous().PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct);

    private static Task<List<UnionHome.Platform.Outbox.OutboxMessage>> CaseOpenedMessagesAsync(UnionHomeApp node, string[] numbers) =>
        node.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var ids = await db.Set<HelpCase>().Where(c => numbers.Contains(c.Number)).Select(c => c.Id.ToString()).ToListAsync(Ct);
            var opened = await db.OutboxMessages.AsNoTracking().Where(m => m.Type == typeof(CaseOpened).FullName).ToListAsync(Ct);
            return opened.Where(m => ids.Any(id => m.Payload.Contains(id, StringComparison.Ordinal))).ToList();
        });

    private static Task<HelpCase> CaseAsync(UnionHomeApp node, Guid id) =>
        node.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<HelpCase>().AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    private static async Task<int> OffersInInboxAsync(HttpClient member) =>
        (await member.GetFromJsonAsync<Paged<InboxItem>>("/api/v1/me/inbox", Ct))!.Items.Count(m => m.Body.Contains("候补名额空出", StringComparison.Ordinal));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50, Ct);
        }

        (await condition()).ShouldBeTrue();
    }

    /// <summary>
    /// The first node's work is visible; a second node racing it would commit within moments. Waiting here can only
    /// reveal a double, never fail a correct run.
    /// </summary>
    private static Task LetAnyDuplicateLandAsync() => Task.Delay(TimeSpan.FromSeconds(1), Ct);

    /// <summary>
    /// A real SMS gateway takes a few hundred milliseconds to answer: a delivery is still running when the other node's
    /// dispatcher polls, which is when a second claim of the same outbox row would show.
    /// </summary>
    private sealed class SlowSmsGateway(ISmsSender inner) : ISmsSender
    {
        public static void Install(IServiceCollection services)
        {
            var registered = services.Last(d => d.ServiceType == typeof(ISmsSender));
            services.Remove(registered);
            services.AddSingleton<ISmsSender>(sp => new SlowSmsGateway((ISmsSender)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)));
        }

        public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(400), cancellationToken);
            await inner.SendAsync(message, cancellationToken);
        }
    }
}
