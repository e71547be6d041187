using System.Globalization;

namespace UnionHome.Platform.Encryption;

/// <summary>
/// Where a ciphertext belongs: the entity, the property and the row it is stored in. It is the associated data of the
/// encryption, so a value copied to another row or column (by someone with write access to the database but not the
/// keys) fails to decrypt there instead of showing one person's case as another's.
/// </summary>
/// <remarks>Entity and property names, not table and column names: they are the same on both providers.</remarks>
public readonly record struct CipherScope(string Entity, string Property, string Row)
{
    /// <summary>Data Protection keys are encrypted before they have a row: they are bound to their purpose only.</summary>
    public static readonly CipherScope DataProtectionKeys = new("DataProtectionKey", "Xml", "");

    public static CipherScope For<TEntity>(string property, object row) => For(typeof(TEntity), property, row);

    public static CipherScope For(Type entity, string property, object row) => new(entity.Name, property, RowKey(row));

    /// <summary>A key as the row has it, whichever way the provider returns it: Guids in one spelling.</summary>
    public static string RowKey(object row) => row switch
    {
        Guid guid => guid.ToString("D"),
        string text when Guid.TryParse(text, out var guid) => guid.ToString("D"),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => row.ToString() ?? "",
    };

    public override string ToString() => $"{Entity}.{Property}:{Row}";
}
