using System.Security.Cryptography;
using System.Text;

namespace UnionHome.Platform.Encryption;

/// <summary>
/// Encrypts sensitive fields with AES-256-GCM, bound to the row and column they are stored in (<see cref="CipherScope"/>).
/// The stored form is "keyId:v2:base64(nonce|tag|ciphertext)", so old values stay readable after the active key rotates.
/// </summary>
/// <remarks>
/// Three older forms are still read until <c>reencrypt</c> rewrites them: "keyId:payload", written before values were
/// bound to their row; "keyId:u2:payload", which the migration BindCopiedCiphertextsToRows made of the values that
/// were still copied between rows (an account's phone into its applications) and so bound to no row; and
/// "plain:text" / "plainhex:hex", which the migration that started encrypting a column left in place of the plaintext
/// it held (SQL cannot encrypt). None is ever written.
/// </remarks>
public sealed class FieldCipher(PlatformKeys keys)
{
    public const string LegacyPlainText = "plain";
    public const string LegacyPlainHex = "plainhex";

    private const string Version = "v2";
    private const string UnboundVersion = "u2";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>For the given property of the given row of <typeparamref name="TEntity"/>, and only there.</summary>
    public string Encrypt<TEntity>(string plaintext, string property, object row) => Encrypt(plaintext, CipherScope.For<TEntity>(property, row));

    public string Decrypt<TEntity>(string stored, string property, object row) => Decrypt(stored, CipherScope.For<TEntity>(property, row));

    public string Encrypt(string plaintext, CipherScope scope) => EncryptBytes(Encoding.UTF8.GetBytes(plaintext), scope);

    public string EncryptBytes(ReadOnlySpan<byte> plain, CipherScope scope)
    {
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.EncryptionKeys[keys.ActiveKeyId], TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), BoundData(keys.ActiveKeyId, scope));
        return $"{keys.ActiveKeyId}:{Version}:{Convert.ToBase64String(output)}";
    }

    public string Decrypt(string stored, CipherScope scope) => Encoding.UTF8.GetString(DecryptBytes(stored, scope));

    public byte[] DecryptBytes(string stored, CipherScope scope)
    {
        var separator = stored.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new CryptographicException("The value is not in keyId:payload form.");
        }

        var keyId = stored[..separator];
        var rest = stored[(separator + 1)..];
        switch (keyId)
        {
            case LegacyPlainText:
                return Encoding.UTF8.GetBytes(rest);
            case LegacyPlainHex:
                return Convert.FromHexString(rest);
        }

        if (!keys.EncryptionKeys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"No key with id '{keyId}' is configured.");
        }

        var bound = rest.StartsWith(Version + ":", StringComparison.Ordinal);
        var unbound = rest.StartsWith(UnboundVersion + ":", StringComparison.Ordinal);
        if (unbound && !FormerlyUnbound.Contains((scope.Entity, scope.Property)))
        {
            throw new CryptographicException($"A value bound to no row opens only in the columns that held such values, not in {scope.Entity}.{scope.Property}.");
        }

        var payload = Convert.FromBase64String(bound || unbound ? rest[(Version.Length + 1)..] : rest);
        if (payload.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The value is too short to be a ciphertext.");
        }

        var plain = new byte[payload.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(payload.AsSpan(0, NonceSize), payload.AsSpan(NonceSize + TagSize), payload.AsSpan(NonceSize, TagSize), plain, bound ? BoundData(keyId, scope) : unbound ? BoundData(keyId, Unbound) : UnboundData(keyId));
        return plain;
    }

    public string KeyIdOf(string stored) => stored[..stored.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>Under the active key and bound to its row: nothing for <c>reencrypt</c> to do.</summary>
    public bool IsCurrent(string stored) => stored.StartsWith(CurrentPrefix, StringComparison.Ordinal);

    /// <summary>How every current value starts.</summary>
    public string CurrentPrefix => $"{keys.ActiveKeyId}:{Version}:";

    /// <summary>The columns BindCopiedCiphertextsToRows marked "u2": the only ones a value bound to no row may open in.</summary>
    private static readonly HashSet<(string Entity, string Property)> FormerlyUnbound =
    [
        ("AppUser", "PhoneCipher"), ("AppUser", "TotpSecretCipher"), ("AppUser", "PendingTotpSecretCipher"), ("SmsOutboxMessage", "PhoneCipher"),
        ("MembershipApplication", "ResidentIdCipher"), ("MembershipApplication", "PhoneCipher"), ("Member", "ResidentIdCipher"), ("Member", "PhoneCipher"),
        ("Event", "LotterySeedCipher"), ("DutyRoster", "DutyPhoneCipher"),
    ];

    /// <summary>The scope the values now in "u2" form were encrypted under, when they were written as "v2".</summary>
    private static readonly CipherScope Unbound = new("", "", "");

    private static byte[] BoundData(string keyId, CipherScope scope) => Encoding.UTF8.GetBytes($"unionhome:{Version}:{keyId}\n{scope.Entity}\n{scope.Property}\n{scope.Row}");

    private static byte[] UnboundData(string keyId) => Encoding.UTF8.GetBytes($"unionhome:{keyId}");
}
