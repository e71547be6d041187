using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using UnionHome.Platform.Encryption;

namespace UnionHome.Platform.Audit;

/// <summary>
/// The ECDSA P-256 key that signs audit checkpoints, from Audit:SigningKey (base64 PKCS#8), which never goes into the
/// database: whoever can write the database cannot sign a checkpoint over a log they rewrote. Earlier keys' public
/// halves stay trusted for verification under Audit:TrustedKeys:{keyId} (base64 SubjectPublicKeyInfo). Only in
/// Development is a key generated into the data directory.
/// </summary>
public sealed class AuditSigningKey : IDisposable
{
    private readonly ECDsa key;
    private readonly Dictionary<string, ECDsa> trusted;

    private AuditSigningKey(ECDsa key, Dictionary<string, ECDsa> trusted)
    {
        this.key = key;
        KeyId = KeyIdOf(key.ExportSubjectPublicKeyInfo());
        trusted[KeyId] = key;
        this.trusted = trusted;
    }

    public string KeyId { get; }

    /// <summary>The public half, for Audit:TrustedKeys once this key is replaced.</summary>
    public string PublicKey => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    public static AuditSigningKey Load(IConfiguration configuration, bool allowDevKeyFile, string dataDirectory, ILogger logger)
    {
        var trusted = new Dictionary<string, ECDsa>(StringComparer.Ordinal);
        foreach (var entry in configuration.GetSection("Audit:TrustedKeys").GetChildren())
        {
            var publicKey = ECDsa.Create();
            publicKey.ImportSubjectPublicKeyInfo(Convert.FromBase64String(entry.Value ?? ""), out _);
            var id = KeyIdOf(publicKey.ExportSubjectPublicKeyInfo());
            trusted[id == entry.Key ? id : throw new InvalidOperationException($"Audit:TrustedKeys:{entry.Key} holds the key {id}: the name must be its key id.")] = publicKey;
        }

        var key = EcdsaKeySetting.Load(
            configuration, "Audit:SigningKey", "dev-audit-key.p8", ", outside the database; see docs/operations.md, \"Audit log\"", allowDevKeyFile, dataDirectory, logger);
        // Checkpoints hold a P-256 signature (64 bytes); another curve's would not fit, and every sealing would fail.
        return key.KeySize == 256
            ? new AuditSigningKey(key, trusted)
            : throw new InvalidOperationException($"Audit:SigningKey must be an ECDSA P-256 key, not a {key.KeySize}-bit one.");
    }

    public static string NewKey() => EcdsaKeySetting.NewKey();

    public string Sign(long treeSize, string rootHash, DateTime sealedAt) =>
        Convert.ToBase64String(key.SignData(Message(treeSize, rootHash, sealedAt), HashAlgorithmName.SHA256));

    /// <summary>Null when the signature holds; otherwise why not.</summary>
    public string? Check(AuditCheckpoint checkpoint)
    {
        if (!trusted.TryGetValue(checkpoint.KeyId, out var verifier))
        {
            return $"it is signed with key {checkpoint.KeyId}, which is neither Audit:SigningKey nor in Audit:TrustedKeys";
        }

        try
        {
            return verifier.VerifyData(Message(checkpoint.TreeSize, checkpoint.RootHash, checkpoint.SealedAt), Convert.FromBase64String(checkpoint.Signature), HashAlgorithmName.SHA256)
                ? null
                : "its signature does not match its size, root and time (the checkpoint was rewritten)";
        }
        catch (FormatException)
        {
            return "its signature is not base64 (the checkpoint was rewritten)";
        }
    }

    public void Dispose()
    {
        foreach (var k in trusted.Values.Distinct())
        {
            k.Dispose();
        }
    }

    private static byte[] Message(long treeSize, string rootHash, DateTime sealedAt) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"unionhome-audit-checkpoint/v1\n{treeSize}\n{rootHash}\n{sealedAt:yyyy-MM-ddTHH:mm:ss.fffZ}"));

    private static string KeyIdOf(byte[] subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];
}
