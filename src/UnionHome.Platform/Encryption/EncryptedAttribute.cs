using UnionHome.Platform.Encryption.Rotation;

namespace UnionHome.Platform.Encryption;

/// <summary>
/// The property holds <see cref="FieldCipher"/> output. Declared here, on the entity, and nowhere else: the key
/// rotation verbs find every such column in the EF model, and an architecture test fails on a *Cipher property without it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EncryptedAttribute(CiphertextLayout layout = CiphertextLayout.Whole) : Attribute
{
    public CiphertextLayout Layout { get; } = layout;
}

/// <summary>
/// The property holds a <see cref="BlindIndex"/> HMAC for exact look-ups. With <see cref="FromCipher"/> it is recomputed
/// from that encrypted property when the blind-index key changes; without it the rows are short-lived (codes, quotas)
/// and are deleted instead.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BlindIndexAttribute(string purpose) : Attribute
{
    public string Purpose { get; } = purpose;

    public string? FromCipher { get; init; }
}
