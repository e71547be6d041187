using System.Globalization;
using System.Text;

namespace UnionHome.Platform.Audit;

/// <summary>What of an entry its leaf hash covers: every field, in a fixed order and spelling on both databases.</summary>
public static class AuditLeafData
{
    public static byte[] Of(AuditEntry e) => Encoding.UTF8.GetBytes(string.Join(
        '\u001f',
        "unionhome-audit-entry/v1",
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.Id.ToString("N"),
        e.At.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        e.ActorId,
        e.ActorName,
        e.Action,
        e.Target,
        e.Details ?? "",
        e.OrgUnitId?.ToString("N") ?? "",
        e.IpAddress ?? ""));

    public static string LeafHashOf(AuditEntry e) => Convert.ToHexStringLower(MerkleTree.LeafHash(Of(e)));

    /// <summary>Both databases keep at least milliseconds; the hash must survive the round trip.</summary>
    public static DateTime TruncateToMilliseconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
