using System.Security.Cryptography;
using System.Text;

namespace UnionHome.Platform.Encryption;

/// <summary>
/// Encrypts sensitive fields with AES-256-GCM. The stored form is "keyId:base64(nonce|tag|ciphertext)",
/// so old values stay readable after the active key rotates.
/// </summary>
public sealed class FieldCipher(PlatformKeys keys)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Encrypt(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.EncryptionKeys[keys.ActiveKeyId], TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), AssociatedData(keys.ActiveKeyId));
        return $"{keys.ActiveKeyId}:{Convert.ToBase64String(output)}";
    }

    public string Decrypt(string stored)
    {
        var separator = stored.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new CryptographicException("The value is not in keyId:payload form.");
        }

        var keyId = stored[..separator];
        if (!keys.EncryptionKeys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"No key with id '{keyId}' is configured.");
        }

        var payload = Convert.FromBase64String(stored[(separator + 1)..]);
        var plain = new byte[payload.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(payload.AsSpan(0, NonceSize), payload.AsSpan(NonceSize + TagSize), payload.AsSpan(NonceSize, TagSize), plain, AssociatedData(keyId));
        return Encoding.UTF8.GetString(plain);
    }

    public string KeyIdOf(string stored) => stored[..stored.IndexOf(':', StringComparison.Ordinal)];

    private static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes($"unionhome:{keyId}");
}
