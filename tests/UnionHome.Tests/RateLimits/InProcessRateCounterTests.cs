using Microsoft.Extensions.Time.Testing;
using UnionHome.Platform.RateLimits;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.RateLimits;

public sealed class InProcessRateCounterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Hits_in_one_window_add_up_and_the_next_window_counts_from_one()
    {
        var clock = ClockAt(new DateTimeOffset(2026, 11, 23, 8, 0, 10, TimeSpan.Zero));
        var counter = new InProcessRateCounter(clock);

        (await counter.HitAsync("sms-code:a", Minute, Ct)).Hits.ShouldBe(1);
        clock.Advance(TimeSpan.FromSeconds(40));
        var second = await counter.HitAsync("sms-code:a", Minute, Ct);
        clock.Advance(TimeSpan.FromSeconds(10));
        var nextWindow = await counter.HitAsync("sms-code:a", Minute, Ct);

        second.ShouldBe(new WindowCount(2, new DateTimeOffset(2026, 11, 23, 8, 1, 0, TimeSpan.Zero)));
        nextWindow.ShouldBe(new WindowCount(1, new DateTimeOffset(2026, 11, 23, 8, 2, 0, TimeSpan.Zero)));
    }

    [Theory]
    [MemberData(nameof(Clocks.Every), MemberType = typeof(Clocks))]
    public async Task From_any_instant_a_window_counts_until_its_aligned_end_and_the_next_counts_from_one(string instant)
    {
        var clock = Clocks.Named(instant);
        clock.AutoAdvanceAmount = TimeSpan.Zero;
        var counter = new InProcessRateCounter(clock);
        var tenMinutes = TimeSpan.FromMinutes(10);
        var start = clock.GetUtcNow();
        var end = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % tenMinutes.Ticks), TimeSpan.Zero) + tenMinutes;

        var first = await counter.HitAsync("staff-login:a", tenMinutes, Ct);
        clock.Advance(end - start - TimeSpan.FromMilliseconds(1));
        var last = await counter.HitAsync("staff-login:a", tenMinutes, Ct);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var next = await counter.HitAsync("staff-login:a", tenMinutes, Ct);

        (first, last).ShouldBe((new WindowCount(1, end), new WindowCount(2, end)));
        next.ShouldBe(new WindowCount(1, end + tenMinutes));
    }

    [Fact]
    public async Task Each_key_counts_on_its_own()
    {
        var counter = new InProcessRateCounter(ClockAt(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)));

        await counter.HitAsync("staff-login:a", Minute, Ct);
        await counter.HitAsync("staff-login:a", Minute, Ct);

        (await counter.HitAsync("staff-login:b", Minute, Ct)).Hits.ShouldBe(1);
        (await counter.HitAsync("sms-login:a", Minute, Ct)).Hits.ShouldBe(1);
    }

    [Fact]
    public async Task Many_hits_at_once_are_all_counted()
    {
        var counter = new InProcessRateCounter(ClockAt(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)));

        var counts = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => counter.HitAsync("sms-login:a", Minute, Ct), Ct)));

        counts.Select(c => c.Hits).Order().ShouldBe(Enumerable.Range(1, 200).Select(i => (long)i));
    }

    [Fact]
    public void Windows_are_aligned_to_the_clock_so_every_node_agrees_where_one_starts()
    {
        var window = FixedWindow.Containing(new DateTimeOffset(2026, 11, 23, 16, 7, 31, TimeSpan.FromHours(8)), TimeSpan.FromMinutes(10));

        window.ShouldBe(new FixedWindow(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 8, 10, 0, TimeSpan.Zero)));
    }

    private static FakeTimeProvider ClockAt(DateTimeOffset now) => new(now);
}
