using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace UnionHome.Platform.Encryption;

/// <summary>
/// An ECDSA P-256 private key from a setting (base64 PKCS#8). Only where development key files are allowed is one
/// generated once into the data directory, owner-only, and read from there afterwards.
/// </summary>
public static class EcdsaKeySetting
{
    /// <param name="setting">The setting, e.g. Membership:CardSigningKey.</param>
    /// <param name="devKeyFile">The file name in the data directory, e.g. dev-card-key.p8.</param>
    /// <param name="whyRequired">Added to the error when the setting is missing and no file may stand in.</param>
    public static ECDsa Load(IConfiguration configuration, string setting, string devKeyFile, string whyRequired, bool allowDevKeyFile, string dataDirectory, ILogger logger)
    {
        var key = ECDsa.Create();
        if (configuration[setting] is { } configured && !string.IsNullOrWhiteSpace(configured))
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(configured), out _);
            return key;
        }

        if (!allowDevKeyFile)
        {
            throw new InvalidOperationException($"{setting} must be configured (base64 PKCS#8 of an ECDSA P-256 key){whyRequired}.");
        }

        var path = Path.Combine(dataDirectory, devKeyFile);
        if (File.Exists(path))
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(File.ReadAllText(path)), out _);
        }
        else
        {
            key.Dispose();
            key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            // Whoever reads the file signs what the key signs.
            OwnerOnlyFile.WriteAllText(path, NewKeyText(key));
        }

        logger.LogWarning("Using the development key {KeyFile} for {Setting}; configure the setting in production.", path, setting);
        return key;
    }

    /// <summary>A new P-256 key as the setting holds it.</summary>
    public static string NewKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return NewKeyText(key);
    }

    private static string NewKeyText(ECDsa key) => Convert.ToBase64String(key.ExportPkcs8PrivateKey());
}
