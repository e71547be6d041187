using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace UnionHome.Platform.Encryption;

/// <summary>
/// The secrets the kernel needs: field-encryption keys by id (so they can rotate), the blind-index key
/// and the access-token signing key. They come from configuration; only in Development, when absent,
/// they are generated once into a key file under the data directory.
/// </summary>
public sealed class PlatformKeys
{
    public required string ActiveKeyId { get; init; }

    public required IReadOnlyDictionary<string, byte[]> EncryptionKeys { get; init; }

    public required byte[] BlindIndexKey { get; init; }

    public required byte[] TokenSigningKey { get; init; }

    public static PlatformKeys Load(IConfiguration configuration, bool allowDevKeyFile, string dataDirectory, ILogger logger)
    {
        var keys = configuration.GetSection("Encryption:Keys").GetChildren()
            .Where(k => !string.IsNullOrWhiteSpace(k.Value))
            .ToDictionary(k => k.Key, k => Decode(k.Value!, $"Encryption:Keys:{k.Key}"), StringComparer.Ordinal);
        var activeKeyId = configuration["Encryption:ActiveKeyId"];
        var blindIndexKey = configuration["Encryption:BlindIndexKey"];
        var signingKey = configuration["Auth:TokenSigningKey"];

        if (keys.Count > 0 && activeKeyId is not null && blindIndexKey is not null && signingKey is not null)
        {
            if (keys.Keys.FirstOrDefault(id => id is FieldCipher.LegacyPlainText or FieldCipher.LegacyPlainHex || id.Contains(':', StringComparison.Ordinal)) is { } reserved)
            {
                throw new InvalidOperationException($"Encryption:Keys:{reserved}: the id is reserved or holds ':'; choose another.");
            }

            if (!keys.ContainsKey(activeKeyId))
            {
                throw new InvalidOperationException($"Encryption:ActiveKeyId '{activeKeyId}' names no key under Encryption:Keys.");
            }

            return new PlatformKeys
            {
                ActiveKeyId = activeKeyId,
                EncryptionKeys = keys,
                BlindIndexKey = Decode(blindIndexKey, "Encryption:BlindIndexKey"),
                TokenSigningKey = Decode(signingKey, "Auth:TokenSigningKey"),
            };
        }

        if (!allowDevKeyFile)
        {
            throw new InvalidOperationException(
                "Encryption:ActiveKeyId, Encryption:Keys:<id>, Encryption:BlindIndexKey and Auth:TokenSigningKey must be configured (base64, 32 bytes each).");
        }

        return LoadOrCreateDevKeyFile(Path.Combine(dataDirectory, "dev-keys.json"), logger);
    }

    private static PlatformKeys LoadOrCreateDevKeyFile(string path, ILogger logger)
    {
        DevKeyFile file;
        if (File.Exists(path))
        {
            file = JsonSerializer.Deserialize<DevKeyFile>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"The key file {path} is empty.");
        }
        else
        {
            file = new DevKeyFile("dev1", NewKey(), NewKey(), NewKey());
            // Whoever reads the file reads every encrypted field.
            using var stream = OwnerOnlyFile.Create(path);
            JsonSerializer.Serialize(stream, file);
        }

        logger.LogWarning(
            "Using development keys from {KeyFile}. Never use this file in production: configure Encryption:* and Auth:TokenSigningKey instead.",
            Path.GetFullPath(path));
        return new PlatformKeys
        {
            ActiveKeyId = file.KeyId,
            EncryptionKeys = new Dictionary<string, byte[]> { [file.KeyId] = Convert.FromBase64String(file.EncryptionKey) },
            BlindIndexKey = Convert.FromBase64String(file.BlindIndexKey),
            TokenSigningKey = Convert.FromBase64String(file.TokenSigningKey),
        };
    }

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static byte[] Decode(string base64, string name)
    {
        var bytes = Convert.FromBase64String(base64);
        return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"{name} must be 32 bytes, base64-encoded.");
    }

    private sealed record DevKeyFile(string KeyId, string EncryptionKey, string BlindIndexKey, string TokenSigningKey);
}
