using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using UnionHome.Platform.Encryption;

namespace UnionHome.Membership.Cards;

/// <summary>
/// The ECDSA P-256 key that signs e-card tokens. Membership:CardSigningKey holds it as base64 PKCS#8; only in
/// Development is one generated into the data directory. Stations and merchants verify offline with the public key.
/// </summary>
internal sealed class CardKeys : IDisposable
{
    private CardKeys(ECDsa key)
    {
        Key = key;
        var parameters = key.ExportParameters(includePrivateParameters: false);
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
        Jwk = new CardPublicJwk("EC", "P-256", Base64Url(parameters.Q.X!), Base64Url(parameters.Q.Y!), KeyId, "ES256");
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
    }

    internal ECDsa Key { get; }

    public string KeyId { get; }

    public CardPublicJwk Jwk { get; }

    public string PublicKeyPem { get; }

    public static CardKeys Load(IConfiguration configuration, bool allowDevKeyFile, string dataDirectory, ILogger logger) =>
        new(EcdsaKeySetting.Load(configuration, "Membership:CardSigningKey", "dev-card-key.p8", "", allowDevKeyFile, dataDirectory, logger));

    public static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    public void Dispose() => Key.Dispose();
}

/// <summary>The public key as a JSON Web Key, for verifiers that speak JOSE.</summary>
internal sealed record CardPublicJwk(string Kty, string Crv, string X, string Y, string Kid, string Alg);
