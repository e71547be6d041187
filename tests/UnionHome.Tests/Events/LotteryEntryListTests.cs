using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Bookings;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

/// <summary>A lottery's entry list is frozen at close and its hash published; the draw follows the seed and that hash, and nobody re-enters.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LotteryEntryListTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_who_withdrew_from_a_lottery_cannot_enter_it_again(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await LotteryEventAsync(app);
        var member = await EventsTestData.MemberAsync(app);
        var entry = await EventsTestData.BookAsync(member, e);
        (await member.DeleteAsync($"/api/v1/bookings/{entry.Booking!.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await member.PostAsJsonAsync($"/api/v1/events/{e.Id}/sessions/{e.Sessions[0].Id}/bookings", new { clientRequestId = Guid.NewGuid().ToString() }, Ct);

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "lottery_reentry");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task At_close_the_entry_list_hash_is_published_and_the_draw_derives_from_the_seed_and_that_hash(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, time: Clocks.Thursday1000Beijing());
        var e = await LotteryEventAsync(app);
        var entrants = new List<(HttpClient Client, string Ticket)>();
        for (var i = 0; i < 4; i++)
        {
            var member = await EventsTestData.MemberAsync(app);
            entrants.Add((member, (await EventsTestData.BookAsync(member, e)).Booking!.Id.ToString()));
        }

        var staff = await app.StaffClientAsync("ZJ");
        (await staff.PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { }, Ct)).EnsureSuccessStatusCode();
        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await app.WithServices(async sp =>
        {
            await sp.GetRequiredService<EventsSweeper>().SweepAsync(Ct);
            return true;
        });

        var atClose = await CheckAsync(app, e.Id);
        var published = atClose.GetProperty("entryListHash").GetString();
        published.ShouldBe(Sha256(string.Concat(entrants.Select(x => x.Ticket).Order(StringComparer.Ordinal).Select(t => t + "\n"))));
        (await entrants[0].Client.DeleteAsync($"/api/v1/bookings/{entrants[0].Ticket}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CheckAsync(app, e.Id)).GetProperty("entryListHash").GetString().ShouldBe(published);

        (await (await app.StaffClientAsync("ZJ")).PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/draw", new { }, Ct)).EnsureSuccessStatusCode();

        var drawn = await CheckAsync(app, e.Id);
        var seed = drawn.GetProperty("seed").GetString()!;
        drawn.GetProperty("algorithm").GetString().ShouldBe("sha256-rank-v2");
        var ranks = drawn.GetProperty("sessions")[0].GetProperty("entries").EnumerateArray()
            .ToDictionary(x => x.GetProperty("ticket").GetString()!, x => x.GetProperty("rank").GetInt32());
        ranks.Keys.ShouldBe(entrants.Select(x => x.Ticket), ignoreOrder: true);
        var expected = entrants.Select(x => x.Ticket).OrderBy(t => Sha256($"{seed}:{published}:{t}"), StringComparer.Ordinal).ToList();
        expected.Select(t => ranks[t]).ShouldBe([1, 2, 3, 4]);
        var output = new StringWriter();
        (await UnionHome.Web.Cli.AdminCommands.RunAsync(app.Services, "verify-lottery", [e.Id.ToString()], output, TextWriter.Null)).ShouldBe(0, output.ToString());
    }

    private static async Task<JsonElement> CheckAsync(UnionHomeApp app, Guid eventId) =>
        await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/lottery", Ct);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static Task<UnionHome.Events.Catalogue.EventView> LotteryEventAsync(UnionHomeApp app) =>
        EventsTestData.PublishedEventAsync(app, 2, body =>
        {
            body["kind"] = "trip";
            body["mode"] = "lottery";
            body["registrationClosesAt"] = app.Time.GetUtcNow().AddDays(1);
            return body;
        });
}
