using System.Security.Cryptography;
using System.Text;

namespace UnionHome.Tests.Encryption;

/// <summary>Values as earlier versions of FieldCipher wrote them, for the tests of reading and re-encrypting them.</summary>
internal static class EarlierCiphertexts
{
    /// <summary>Before values were bound to their row: "keyId:base64(nonce|tag|ciphertext)".</summary>
    public static string Unbound(string keyId, byte[] key, string plaintext) => Seal(key, plaintext, $"unionhome:{keyId}", $"{keyId}:");

    /// <summary>
    /// A column still copied between rows (an account's phone into its applications): "keyId:v2:…" under an empty
    /// scope, the same form a value bound to its row has.
    /// </summary>
    public static string UnboundV2(string keyId, byte[] key, string plaintext) => Seal(key, plaintext, $"unionhome:v2:{keyId}\n\n\n", $"{keyId}:v2:");

    private static string Seal(byte[] key, string plaintext, string associatedData, string prefix)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[12 + 16 + plain.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(output.AsSpan(0, 12), plain, output.AsSpan(28), output.AsSpan(12, 16), Encoding.UTF8.GetBytes(associatedData));
        return prefix + Convert.ToBase64String(output);
    }
}
