using System.Globalization;
using UnionHome.Platform.Encryption;

namespace UnionHome.Cases.Data;

/// <summary>The module's encrypted fields, each bound to its entity, property and row.</summary>
internal static class CaseCiphers
{
    public static string? Seal<TEntity>(this FieldCipher cipher, string? text, string property, Guid id) =>
        text is null ? null : cipher.Encrypt<TEntity>(text, property, id);

    /// <summary>The plaintext; null for an absent or erased ("") value.</summary>
    public static string? Open<TEntity>(this FieldCipher cipher, string? stored, string property, Guid id) =>
        string.IsNullOrEmpty(stored) ? null : cipher.Decrypt<TEntity>(stored, property, id);
}

/// <summary>A case's position as it is encrypted: "lat,lng" in WGS-84, invariant, round-trip precision.</summary>
internal static class CasePosition
{
    public static string? Format(double? lat, double? lng) =>
        lat is { } la && lng is { } ln ? string.Create(CultureInfo.InvariantCulture, $"{la:R},{ln:R}") : null;

    public static (double Lat, double Lng)? Parse(string? text)
    {
        var comma = text?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        return comma > 0
            && double.TryParse(text![..comma], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(text[(comma + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng)
            ? (lat, lng)
            : null;
    }
}
