using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace UnionHome.Events.Lottery;

/// <summary>One entry in draw order: its ticket, its rank (1 is drawn first) and the hash that placed it.</summary>
internal sealed record DrawnTicket(string Ticket, int Rank, string Key);

/// <summary>
/// The lottery's draw, recomputable by anyone with sha256sum (docs/lottery.md). The organiser publishes the
/// commitment (the SHA-256 of the seed) before registration closes and reveals the seed at the draw; each
/// ticket's key is the SHA-256 of "seed:ticket", and tickets are drawn in ascending key order.
/// </summary>
internal static partial class LotteryDraw
{
    /// <summary>The name and version published with every draw; a change to the rules below needs a new one.</summary>
    public const string Algorithm = "sha256-rank-v2";

    /// <summary>Draws made before entry lists were frozen: keys from the seed and ticket alone.</summary>
    public const string AlgorithmWithoutEntryList = "sha256-rank-v1";

    /// <summary>32 random bytes as lowercase hex.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>A seed is 64 lowercase hex digits: it cannot contain the ':' that joins it to a ticket.</summary>
    public static bool IsSeed(string? value) => value is not null && Hex64().IsMatch(value);

    public static bool IsCommitment(string? value) => IsSeed(value);

    /// <summary>The lowercase hex SHA-256 of the seed's characters (UTF-8), published before the draw.</summary>
    public static string Commitment(string seed) => Sha256(seed);

    public static bool Opens(string commitment, string seed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Commitment(seed)), Encoding.ASCII.GetBytes(commitment));

    /// <summary>A booking's ticket: its id as lowercase "D" text (8-4-4-4-12).</summary>
    public static string Ticket(Guid bookingId) => bookingId.ToString("D");

    /// <summary>Where a ticket falls (v1): the lowercase hex SHA-256 of "seed:ticket".</summary>
    public static string Key(string seed, string ticket) => Sha256($"{seed}:{ticket}");

    /// <summary>Where a ticket falls (v2): the lowercase hex SHA-256 of "seed:entryListHash:ticket"; v1 without a list hash.</summary>
    public static string Key(string seed, string? entryListHash, string ticket) =>
        entryListHash is null ? Key(seed, ticket) : Sha256($"{seed}:{entryListHash}:{ticket}");

    /// <summary>The SHA-256 of the event's entry list frozen at close: every ticket once, sorted (ordinal), each followed by a line feed.</summary>
    public static string EntryListHash(IEnumerable<string> tickets) =>
        Sha256(string.Concat(tickets.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => t + "\n")));

    /// <summary>The tickets in v1 draw order, whatever order they come in: ascending key, then ticket (ordinal).</summary>
    public static IReadOnlyList<DrawnTicket> Order(string seed, IEnumerable<string> tickets) => Order(seed, null, tickets);

    /// <summary>The tickets in draw order, whatever order they come in: ascending key, then ticket (ordinal).</summary>
    public static IReadOnlyList<DrawnTicket> Order(string seed, string? entryListHash, IEnumerable<string> tickets) =>
        tickets.Distinct(StringComparer.Ordinal)
            .Select(t => (Ticket: t, Key: Key(seed, entryListHash, t)))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ThenBy(x => x.Ticket, StringComparer.Ordinal)
            .Select((x, i) => new DrawnTicket(x.Ticket, i + 1, x.Key))
            .ToList();

    public const string Pending = "pending";
    public const string Won = "won";
    public const string Waitlisted = "waitlisted";
    public const string Lost = "lost";

    /// <summary>The first <paramref name="capacity"/> ranks of a session win; the rest wait in rank order, or lose when there is no waitlist.</summary>
    public static string Result(int rank, int capacity, bool waitlist) => rank <= capacity ? Won : waitlist ? Waitlisted : Lost;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"\A[0-9a-f]{64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Hex64();
}
