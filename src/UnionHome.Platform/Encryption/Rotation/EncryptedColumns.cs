using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace UnionHome.Platform.Encryption.Rotation;

/// <summary>How a column holds <see cref="FieldCipher"/> output.</summary>
public enum CiphertextLayout
{
    /// <summary>The whole value is one "keyId:payload" (or null, or "" once erased).</summary>
    Whole,

    /// <summary>A Data Protection key's XML, with the ciphertext in its encryptedKey/value elements.</summary>
    DataProtectionKeyXml,
}

/// <summary>
/// A column holding field-encrypted values, declared by the module that owns the entity, so that the key rotation
/// verbs find every one without reflection over entity names. An architecture test checks the list is complete.
/// </summary>
public sealed record EncryptedColumn(Type Entity, string Property, CiphertextLayout Layout = CiphertextLayout.Whole)
{
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

public static class EncryptedColumnRegistration
{
    public static IServiceCollection AddEncryptedColumn<T>(this IServiceCollection services, Expression<Func<T, string?>> property, CiphertextLayout layout = CiphertextLayout.Whole) =>
        services.AddSingleton(new EncryptedColumn(typeof(T), NameOf(property), layout));

    public static IServiceCollection AddBlindIndex<T>(this IServiceCollection services, Expression<Func<T, string?>> index, string purpose, Expression<Func<T, string?>> fromCipher) =>
        services.AddSingleton(new BlindIndexColumn(typeof(T), NameOf(index), purpose, NameOf(fromCipher)));

    public static IServiceCollection AddShortLivedBlindIndex<T>(this IServiceCollection services, Expression<Func<T, string?>> index, string purpose) =>
        services.AddSingleton(new BlindIndexColumn(typeof(T), NameOf(index), purpose, FromCipher: null));

    private static string NameOf<T>(Expression<Func<T, string?>> property) =>
        property.Body is MemberExpression { Member: PropertyInfo p } ? p.Name : throw new ArgumentException("Name a property: x => x.PhoneCipher.", nameof(property));
}
