using UnionHome.Events.Lottery;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

public sealed class LotteryDrawTests
{
    // The worked example of docs/lottery.md: anyone can recompute it with sha256sum.
    private const string ExampleSeed = "c7278facca61c6267a50765ca8354d75c542a0522980299bca602298c243e061";
    private const string ExampleCommitment = "b5974396355705979a4e43d33d48762c3995727bcce08b13dd82d0c46888965f";

    private static readonly string[] ExampleTickets =
    [
        "019a6f2e-1c40-7b21-9d3e-5a8c0f4e2b11",
        "019a6f2e-2d51-7c32-8e4f-6b9d1a5f3c22",
        "019a6f2e-3e62-7d43-bf50-7cae2b604d33",
        "019a6f2e-4f73-7e54-a061-8dbf3c715e44",
        "019a6f2e-5084-7f65-9172-9ec04d826f55",
    ];

    [Fact]
    public void The_worked_example_in_the_docs_draws_as_documented()
    {
        LotteryDraw.Commitment(ExampleSeed).ShouldBe(ExampleCommitment);

        var drawn = LotteryDraw.Order(ExampleSeed, ExampleTickets);

        drawn.Select(d => (d.Rank, d.Ticket, d.Key)).ShouldBe(
        [
            (1, "019a6f2e-5084-7f65-9172-9ec04d826f55", "010e93c60e9c9062ea7e2ad3c579bdd92e088ee6eb0bf5e354e28bdf4fac9904"),
            (2, "019a6f2e-2d51-7c32-8e4f-6b9d1a5f3c22", "3da1818d4e22418daf91498a4d995490d74f717bc10d6a106e96cb51147c9a84"),
            (3, "019a6f2e-3e62-7d43-bf50-7cae2b604d33", "c6d29a924a17227034118613941b4afb11b5d90635a6a5cb7fa8e961edb80b89"),
            (4, "019a6f2e-4f73-7e54-a061-8dbf3c715e44", "dbfd8ac57ebb018dad1d89ed110eb079ac3ce27d694956feb7c5da461cd31660"),
            (5, "019a6f2e-1c40-7b21-9d3e-5a8c0f4e2b11", "fda393a0c0bed0032f9c15e74cca17f7894570169a0bb39a9add0cfd6df37c49"),
        ]);
        drawn.Select(d => LotteryDraw.Result(d.Rank, capacity: 2, waitlist: true)).ShouldBe(["won", "won", "waitlisted", "waitlisted", "waitlisted"]);
    }

    [Fact]
    public void The_docs_show_the_same_worked_example()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "lottery.md"));

        docs.ShouldContain($"SEED={ExampleSeed}");
        docs.ShouldContain(ExampleCommitment);
        foreach (var drawn in LotteryDraw.Order(ExampleSeed, ExampleTickets))
        {
            docs.ShouldContain($"| {drawn.Rank} | `{drawn.Ticket}` | `{drawn.Key}` |");
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_order_whatever_order_the_tickets_come_in()
    {
        var seed = LotteryDraw.NewSeed();
        var tickets = Enumerable.Range(0, 200).Select(_ => LotteryDraw.Ticket(Guid.CreateVersion7())).ToList();

        var first = LotteryDraw.Order(seed, tickets);
        var reversed = LotteryDraw.Order(seed, Enumerable.Reverse(tickets));
        var shuffled = LotteryDraw.Order(seed, tickets.OrderBy(_ => Random.Shared.Next()));

        reversed.ShouldBe(first);
        shuffled.ShouldBe(first);
        first.Select(d => d.Rank).ShouldBe(Enumerable.Range(1, 200));
        first.Select(d => d.Ticket).ShouldBe(tickets, ignoreOrder: true);
    }

    [Fact]
    public void Another_seed_gives_another_order_and_application_order_does_not_decide()
    {
        var tickets = Enumerable.Range(0, 50).Select(_ => LotteryDraw.Ticket(Guid.CreateVersion7())).ToList();

        var one = LotteryDraw.Order(LotteryDraw.NewSeed(), tickets).Select(d => d.Ticket).ToList();
        var other = LotteryDraw.Order(LotteryDraw.NewSeed(), tickets).Select(d => d.Ticket).ToList();

        one.ShouldNotBe(other);
        one.ShouldNotBe(tickets);
    }

    [Fact]
    public void Only_the_committed_seed_opens_the_commitment()
    {
        var seed = LotteryDraw.NewSeed();
        var commitment = LotteryDraw.Commitment(seed);

        LotteryDraw.IsSeed(seed).ShouldBeTrue();
        LotteryDraw.IsCommitment(commitment).ShouldBeTrue();
        LotteryDraw.Opens(commitment, seed).ShouldBeTrue();
        LotteryDraw.Opens(commitment, LotteryDraw.NewSeed()).ShouldBeFalse();
        LotteryDraw.Opens(commitment, seed.ToUpperInvariant()).ShouldBeFalse();
        LotteryDraw.NewSeed().ShouldNotBe(seed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("c7278facca61c6267a50765ca8354d75c542a0522980299bca602298c243e06")]
    [InlineData("C7278FACCA61C6267A50765CA8354D75C542A0522980299BCA602298C243E061")]
    [InlineData("c7278facca61c6267a50765ca8354d75c542a0522980299bca602298c243e061\n")]
    [InlineData("c7278facca61c6267a50765ca8354d75c542a0522980299bca602298c243e06:")]
    public void A_seed_is_exactly_64_lowercase_hex_digits(string value) => LotteryDraw.IsSeed(value).ShouldBeFalse();

    [Fact]
    public void Verification_accepts_a_faithful_record_and_names_a_moved_ticket()
    {
        var drawn = LotteryDraw.Order(ExampleSeed, ExampleTickets);
        var faithful = Record(ExampleCommitment, drawn.Select(d => new LotteryEntryView(d.Ticket, d.Rank, LotteryDraw.Result(d.Rank, 2, true))).ToList());
        var swapped = faithful with
        {
            Sessions = [faithful.Sessions[0] with { Entries = faithful.Sessions[0].Entries.Select(e => e with { Rank = e.Rank switch { 2 => 3, 3 => 2, var r => r } }).ToList() }],
        };

        LotteryVerification.FirstMismatch(faithful).ShouldBeNull();
        LotteryVerification.FirstMismatch(swapped).ShouldNotBeNull().ShouldContain("019a6f2e-2d51-7c32-8e4f-6b9d1a5f3c22 is recorded at rank 3, recomputed at rank 2");
        LotteryVerification.FirstMismatch(faithful with { SeedHash = LotteryDraw.Commitment(LotteryDraw.NewSeed()) }).ShouldNotBeNull().ShouldContain("the seed hashes to");
    }

    private static LotteryCheckView Record(string commitment, List<LotteryEntryView> entries)
    {
        // A draw's check depends on its seed and tickets only: any instant will do for its dates.
        var closedAt = Clocks.InstantOf(nameof(Clocks.Thursday1000Beijing)).UtcDateTime;
        return new(Guid.NewGuid(), LotteryDraw.Algorithm, commitment, ExampleSeed, closedAt, closedAt.AddMinutes(5), [new LotterySessionView(Guid.NewGuid(), closedAt.AddDays(7), 2, entries)]);
    }
}
