using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace UnionHome.Platform.Encryption.Rotation;

/// <summary>How a column holds <see cref="FieldCipher"/> output.</summary>
public enum CiphertextLayout
{
    /// <summary>The whole value is one "keyId:payload" (or null, or "" once erased).</summary>
    Whole,

    /// <summary>A Data Protection key's XML, with the ciphertext in its encryptedKey/value elements.</summary>
    DataProtectionKeyXml,
}

/// <summary>A column holding field-encrypted values.</summary>
public sealed record EncryptedColumn(Type Entity, string Property, CiphertextLayout Layout = CiphertextLayout.Whole)
{
    /// <summary>The scope a value of this column in the given row is encrypted under.</summary>
    public CipherScope ScopeOf(object rowKey) =>
        Layout == CiphertextLayout.DataProtectionKeyXml ? CipherScope.DataProtectionKeys : CipherScope.For(Entity, Property, rowKey);

    public override string ToString() => $"{Entity.Name}.{Property}";
}

/// <summary>
/// A blind-index column. With <see cref="FromCipher"/> the index is recomputed from that column's plaintext when the
/// blind-index key changes; without it the rows are short-lived (codes, quotas) and are deleted instead.
/// </summary>
public sealed record BlindIndexColumn(Type Entity, string Property, string Purpose, string? FromCipher)
{
    public bool ShortLived => FromCipher is null;

    public override string ToString() => $"{Entity.Name}.{Property}";
}

/// <summary>The encrypted and blind-indexed columns of the model, read from the attributes on its entities.</summary>
public static class EncryptedColumns
{
    /// <summary>
    /// ASP.NET's own entity cannot carry our attribute: Data Protection keys are encrypted by the platform
    /// (DataProtectionKeyEncryption), and this is where that column is declared.
    /// </summary>
    private static readonly EncryptedColumn[] FrameworkColumns =
        [new(typeof(DataProtectionKey), nameof(DataProtectionKey.Xml), CiphertextLayout.DataProtectionKeyXml)];

    /// <summary>The kernel's columns first, then the modules', then the framework's: the order the rotation verb takes them.</summary>
    public static IReadOnlyList<EncryptedColumn> Encrypted(IModel model) =>
        [.. PropertiesOf(model)
                .Select(p => (p.Entity, p.Property, Attribute: p.Property.GetCustomAttribute<EncryptedAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => new EncryptedColumn(p.Entity, p.Property.Name, p.Attribute!.Layout)),
            .. FrameworkColumns.Where(c => model.FindEntityType(c.Entity) is not null)];

    public static IReadOnlyList<BlindIndexColumn> BlindIndexes(IModel model) =>
        [.. PropertiesOf(model)
            .Select(p => (p.Entity, p.Property, Attribute: p.Property.GetCustomAttribute<BlindIndexAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => new BlindIndexColumn(p.Entity, p.Property.Name, p.Attribute!.Purpose, p.Attribute.FromCipher))];

    private static IEnumerable<(Type Entity, PropertyInfo Property)> PropertiesOf(IModel model) =>
        model.GetEntityTypes()
            .Where(e => !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>))
            .OrderBy(e => e.ClrType.Assembly == typeof(EncryptedColumns).Assembly ? 0 : 1)
            .ThenBy(e => e.ClrType.FullName, StringComparer.Ordinal)
            .SelectMany(e => e.GetDeclaredProperties().Select(p => p.PropertyInfo).OfType<PropertyInfo>().OrderBy(p => p.MetadataToken).Select(p => (e.ClrType, p)));
}
