using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Lottery;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Events;

[Collection(PlatformCollection.Name)]
public sealed class LotteryTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.BothAtSeveralInstants), MemberType = typeof(Databases))]
    public async Task A_draw_after_the_window_confirms_capacity_winners_and_waitlists_the_rest_in_draw_order(DatabaseProvider provider, string instant)
    {
        await using var app = await apps.StartDedicatedAsync(provider, time: Clocks.Named(instant));
        var e = await LotteryEventAsync(app, capacity: 2);
        var entrants = new List<(string Phone, HttpClient Client, Guid Ticket)>();
        for (var i = 0; i < 5; i++)
        {
            var phone = Sessions.NewPhone();
            var member = await Members.ActiveAsync(app, phone, ResidentIds.New("330902"), "330902");
            var entry = await EventsTestData.BookAsync(member, e);
            (entry.Status, entry.Booking!.Status).ShouldBe((HttpStatusCode.Accepted, "applied"));
            entrants.Add((phone, member, entry.Booking.Id));
        }

        var committed = await (await app.StaffClientAsync("ZJ")).PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { }, Ct);
        committed.StatusCode.ShouldBe(HttpStatusCode.OK, await committed.Content.ReadAsStringAsync(Ct));
        var before = (await app.Anonymous().GetFromJsonAsync<LotteryCheckView>($"/api/v1/events/{e.Id}/lottery", Ct))!;
        LotteryDraw.IsCommitment(before.SeedHash).ShouldBeTrue();
        before.Seed.ShouldBeNull();
        before.Sessions.Single().Entries.ShouldAllBe(x => x.Result == "pending" && x.Rank == null);
        before.Sessions.Single().Entries.Select(x => x.Ticket).ShouldBe(entrants.Select(x => x.Ticket.ToString()), ignoreOrder: true);
        await (await (await app.StaffClientAsync("ZJ")).PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/draw", new { }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "registration_still_open");

        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var staff = await app.StaffClientAsync("ZJ");
        var drawn = await staff.PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/draw", new { }, Ct);

        drawn.StatusCode.ShouldBe(HttpStatusCode.OK, await drawn.Content.ReadAsStringAsync(Ct));
        var check = (await app.Anonymous().GetFromJsonAsync<LotteryCheckView>($"/api/v1/events/{e.Id}/lottery", Ct))!;
        (check.SeedHash, check.Algorithm).ShouldBe((before.SeedHash, "sha256-rank-v2"));
        check.EntryListHash.ShouldBe(LotteryDraw.EntryListHash(entrants.Select(x => x.Ticket.ToString())));
        LotteryDraw.Commitment(check.Seed!).ShouldBe(check.SeedHash);
        check.DrawnAt.ShouldNotBeNull();
        var order = LotteryDraw.Order(check.Seed!, check.EntryListHash, entrants.Select(x => x.Ticket.ToString())).Select(d => Guid.Parse(d.Ticket)).ToList();
        check.Sessions.Single().Entries.Select(x => (x.Ticket, x.Rank, x.Result)).ShouldBe(
            order.Select((ticket, i) => (ticket.ToString(), (int?)(i + 1), i < 2 ? "won" : "waitlisted")));
        var byTicket = entrants.ToDictionary(x => x.Ticket);
        for (var i = 0; i < order.Count; i++)
        {
            var booking = await EventsTestData.MyBookingAsync(byTicket[order[i]].Client, order[i]);
            (booking.Status, booking.WaitlistAhead).ShouldBe(i < 2 ? ("confirmed", (int?)null) : ("waitlisted", (int?)(i - 2)));
        }

        var view = (await app.Anonymous().GetFromJsonAsync<EventView>($"/api/v1/events/{e.Id}", Ct))!;
        (view.Sessions[0].Taken, view.Lottery!.Seed).ShouldBe((2, check.Seed));
        await (await staff.PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/draw", new { }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "already_drawn");

        (await byTicket[order[0]].Client.DeleteAsync($"/api/v1/bookings/{order[0]}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await EventsTestData.MyBookingAsync(byTicket[order[2]].Client, order[2])).Status.ShouldBe("offered");
        (await EventsTestData.MyBookingAsync(byTicket[order[3]].Client, order[3])).Status.ShouldBe("waitlisted");
        (await EventsTestData.MyBookingAsync(byTicket[order[4]].Client, order[4])).Status.ShouldBe("waitlisted");
        (await app.Anonymous().GetFromJsonAsync<LotteryCheckView>($"/api/v1/events/{e.Id}/lottery", Ct))!.Sessions.Single().Entries.ShouldBe(check.Sessions.Single().Entries);
        var audit = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Target == $"event:{e.Id}").Select(a => a.Action).ToListAsync(Ct));
        audit.ShouldContain("events.lottery_committed");
        audit.ShouldContain("events.lottery_drawn");
        var output = new StringWriter();
        (await UnionHome.Web.Cli.AdminCommands.RunAsync(app.Services, "verify-lottery", [e.Id.ToString()], output, TextWriter.Null)).ShouldBe(0);
        output.ToString().ShouldStartWith("OK");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_entrant_hears_the_result_in_the_inbox_and_winners_by_sms(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, time: Clocks.Thursday1000Beijing());
        var e = await LotteryEventAsync(app, capacity: 1);
        var entrants = new List<(string Phone, HttpClient Client, Guid Ticket)>();
        for (var i = 0; i < 2; i++)
        {
            var phone = Sessions.NewPhone();
            var member = await Members.ActiveAsync(app, phone, ResidentIds.New("330902"), "330902");
            entrants.Add((phone, member, (await EventsTestData.BookAsync(member, e)).Booking!.Id));
        }

        (await (await app.StaffClientAsync("ZJ")).PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { }, Ct)).EnsureSuccessStatusCode();
        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var check = (await (await (await app.StaffClientAsync("ZJ")).PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/draw", new { }, Ct)).Content.ReadFromJsonAsync<LotteryCheckView>(Ct))!;

        var winner = entrants.Single(x => x.Ticket.ToString() == check.Sessions[0].Entries[0].Ticket);
        var loser = entrants.Single(x => x != winner);
        (await InboxAsync(winner.Client, "已抽中")).ShouldHaveSingleItem();
        (await InboxAsync(loser.Client, "候补第1位")).ShouldHaveSingleItem();
        (await SmsAsync(app, winner.Phone)).Count(m => m.TemplateCode == "SMS_EVENT_LOTTERY_WON").ShouldBe(1);
        (await SmsAsync(app, loser.Phone)).ShouldNotContain(m => m.TemplateCode.StartsWith("SMS_EVENT_LOTTERY", StringComparison.Ordinal));
        var handled = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().HandledOutboxMessages.CountAsync(h => h.Handler == typeof(TellLotteryResult).FullName, Ct));
        handled.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_organiser_who_kept_the_seed_must_bring_the_one_that_matches_the_published_hash(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, time: Clocks.Thursday1000Beijing());
        var e = await LotteryEventAsync(app, capacity: 1, waitlist: false);
        var tickets = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            tickets.Add((await EventsTestData.BookAsync(await EventsTestData.MemberAsync(app), e)).Booking!.Id);
        }

        var seed = LotteryDraw.NewSeed();
        var staff = await app.StaffClientAsync("ZJ");
        await (await staff.PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { seedHash = "not-a-hash" }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_seed_hash");
        (await staff.PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { seedHash = LotteryDraw.Commitment(seed) }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { seedHash = LotteryDraw.Commitment(LotteryDraw.NewSeed()) }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "already_committed");

        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        staff = await app.StaffClientAsync("ZJ");
        var draw = $"/api/v1/staff/events/{e.Id}/lottery/draw";
        await (await staff.PostAsJsonAsync(draw, new { }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "seed_required");
        await (await staff.PostAsJsonAsync(draw, new { seed = LotteryDraw.NewSeed() }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "seed_mismatch");
        await (await staff.PostAsJsonAsync(draw, new { seed = seed.ToUpperInvariant() }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_seed");
        var drawn = await staff.PostAsJsonAsync(draw, new { seed }, Ct);

        drawn.StatusCode.ShouldBe(HttpStatusCode.OK, await drawn.Content.ReadAsStringAsync(Ct));
        var check = (await drawn.Content.ReadFromJsonAsync<LotteryCheckView>(Ct))!;
        check.Seed.ShouldBe(seed);
        var order = LotteryDraw.Order(seed, check.EntryListHash, tickets.Select(LotteryDraw.Ticket)).Select(d => d.Ticket);
        check.Sessions[0].Entries.Select(x => (x.Ticket, x.Result)).ShouldBe(order.Select((t, i) => (t, i == 0 ? "won" : "lost")));
        var statuses = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<UnionHome.Events.Data.Booking>()
            .Where(b => b.EventId == e.Id).Select(b => new { b.Status, b.CancelReason }).ToListAsync(Ct));
        statuses.Count(s => s.Status == UnionHome.Events.Data.BookingStatus.Confirmed).ShouldBe(1);
        statuses.Count(s => s.CancelReason == "not_drawn").ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_commitment_after_registration_closes_or_on_a_first_come_event_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        var closed = await LotteryEventAsync(app, capacity: 1, body =>
        {
            var now = app.Time.GetUtcNow();
            body["registrationOpensAt"] = now.AddDays(-2);
            body["registrationClosesAt"] = now.AddMinutes(-1);
            return body;
        });
        var firstCome = await EventsTestData.PublishedEventAsync(app);
        var staff = await app.StaffClientAsync("ZJ");

        await (await staff.PostAsJsonAsync($"/api/v1/staff/events/{closed.Id}/lottery/commit", new { }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "commit_after_close");
        await (await staff.PostAsJsonAsync($"/api/v1/staff/events/{closed.Id}/lottery/draw", new { }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "not_committed");
        await (await staff.PostAsJsonAsync($"/api/v1/staff/events/{firstCome.Id}/lottery/commit", new { }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "not_a_lottery");
        await (await app.Anonymous().GetAsync($"/api/v1/events/{firstCome.Id}/lottery", Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "lottery_not_found");
        (await app.Anonymous().GetFromJsonAsync<LotteryCheckView>($"/api/v1/events/{closed.Id}/lottery", Ct))!.SeedHash.ShouldBeNull();
    }

    [Fact]
    public async Task The_offline_verb_prints_the_docs_example_in_draw_order()
    {
        var tickets = Path.GetTempFileName();
        await File.WriteAllLinesAsync(tickets, ["019a6f2e-1c40-7b21-9d3e-5a8c0f4e2b11", "019a6f2e-2d51-7c32-8e4f-6b9d1a5f3c22", "", "019a6f2e-3e62-7d43-bf50-7cae2b604d33", "019a6f2e-4f73-7e54-a061-8dbf3c715e44", "019a6f2e-5084-7f65-9172-9ec04d826f55"], Ct);
        var output = new StringWriter();

        var exit = await UnionHome.Web.Cli.AdminCommands.RunAsync(
            apps[DatabaseProvider.Sqlite].Services, "verify-lottery", ["--seed", "c7278facca61c6267a50765ca8354d75c542a0522980299bca602298c243e061", "--tickets", tickets], output, TextWriter.Null);
        File.Delete(tickets);

        exit.ShouldBe(0);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].ShouldContain("b5974396355705979a4e43d33d48762c3995727bcce08b13dd82d0c46888965f");
        lines.Where(l => !l.StartsWith('#')).Select(l => l.Split(' ')[1]).ShouldBe(
            ["019a6f2e-5084-7f65-9172-9ec04d826f55", "019a6f2e-2d51-7c32-8e4f-6b9d1a5f3c22", "019a6f2e-3e62-7d43-bf50-7cae2b604d33", "019a6f2e-4f73-7e54-a061-8dbf3c715e44", "019a6f2e-1c40-7b21-9d3e-5a8c0f4e2b11"]);
    }

    [Fact]
    public async Task The_verb_names_the_first_rank_that_the_seed_does_not_give()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, time: Clocks.Thursday1000Beijing());
        var e = await LotteryEventAsync(app, capacity: 1);
        for (var i = 0; i < 3; i++)
        {
            await EventsTestData.BookAsync(await EventsTestData.MemberAsync(app), e);
        }

        (await (await app.StaffClientAsync("ZJ")).PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { }, Ct)).EnsureSuccessStatusCode();
        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        (await (await app.StaffClientAsync("ZJ")).PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/draw", new { }, Ct)).EnsureSuccessStatusCode();
        var check = (await app.Anonymous().GetFromJsonAsync<LotteryCheckView>($"/api/v1/events/{e.Id}/lottery", Ct))!;
        var (first, second) = (Guid.Parse(check.Sessions[0].Entries[0].Ticket), Guid.Parse(check.Sessions[0].Entries[1].Ticket));
        await app.WithServices(async sp =>
        {
            var bookings = sp.GetRequiredService<AppDbContext>().Set<UnionHome.Events.Data.Booking>();
            await bookings.Where(b => b.Id == first).ExecuteUpdateAsync(s => s.SetProperty(b => b.WaitlistPosition, 2), Ct);
            return await bookings.Where(b => b.Id == second).ExecuteUpdateAsync(s => s.SetProperty(b => b.WaitlistPosition, 1), Ct);
        });
        var output = new StringWriter();

        var exit = await UnionHome.Web.Cli.AdminCommands.RunAsync(app.Services, "verify-lottery", [e.Id.ToString()], output, TextWriter.Null);

        exit.ShouldBe(1);
        output.ToString().ShouldContain($"MISMATCH in lottery {e.Id}: session {check.Sessions[0].SessionId}: ticket {first} is recorded at rank 2, recomputed at rank 1");
    }

    /// <summary>A published lottery trip of 浙江省总工会 whose registration closes in a day, one session a week ahead.</summary>
    private static Task<EventView> LotteryEventAsync(UnionHomeApp app, int capacity, Func<Dictionary<string, object?>, Dictionary<string, object?>>? tweak = null) =>
        EventsTestData.PublishedEventAsync(app, capacity, body =>
        {
            body["kind"] = "trip";
            body["mode"] = "lottery";
            body["registrationClosesAt"] = app.Time.GetUtcNow().AddDays(1);
            return tweak?.Invoke(body) ?? body;
        });

    private static Task<EventView> LotteryEventAsync(UnionHomeApp app, int capacity, bool waitlist) =>
        LotteryEventAsync(app, capacity, body => { body["waitlist"] = waitlist; return body; });

    /// <summary>A fresh officer of 浙江省总工会: staff tokens last half an hour, so take one after moving the clock.</summary>

    private static async Task<List<InboxItem>> InboxAsync(HttpClient member, string containing)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = (await member.GetFromJsonAsync<Paged<InboxItem>>("/api/v1/me/inbox", Ct))!.Items.Where(m => m.Body.Contains(containing, StringComparison.Ordinal)).ToList();
            if (found.Count > 0 || attempt == 100)
            {
                return found;
            }

            await Task.Delay(100, Ct);
        }
    }

    private static async Task<List<SmsOutboxItem>> SmsAsync(UnionHomeApp app, string phone) =>
        (await app.Anonymous().GetFromJsonAsync<Paged<SmsOutboxItem>>($"/api/v1/dev/sms-outbox?phone={phone}", Ct))!.Items.ToList();
}
