using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace UnionHome.Membership.Cards;

/// <summary>What an e-card QR code says about its holder; nothing in it is more than a merchant may see.</summary>
internal sealed record CardClaims(string MemberNumber, string MaskedName, string Union, DateTimeOffset ExpiresAt);

/// <summary>
/// E-card tokens: base64url(JSON payload) "." base64url(ECDSA P-256 SHA-256 signature over the first part, r||s).
/// Payload fields: v (1), n (member number), m (masked name), u (union name), exp (Unix seconds), kid.
/// A verifier holding the public key (GET /api/v1/cards/public-key) checks them without calling the platform.
/// </summary>
internal sealed class CardTokens(CardKeys keys, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // Chinese names stay UTF-8 rather than \uXXXX escapes: a shorter token is a smaller, easier-to-scan QR code.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public (string Token, DateTimeOffset ExpiresAt) Issue(string memberNumber, string name, string union)
    {
        var expiresAt = time.GetUtcNow() + Lifetime;
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(1, memberNumber, MaskName(name), union, expiresAt.ToUnixTimeSeconds(), keys.KeyId), Json);
        var body = CardKeys.Base64Url(payload);
        var signature = keys.Key.SignData(Encoding.ASCII.GetBytes(body), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return ($"{body}.{CardKeys.Base64Url(signature)}", expiresAt);
    }

    /// <summary>The claims of a genuine, unexpired token; null for anything else.</summary>
    public CardClaims? Read(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 2 })
        {
            return null;
        }

        try
        {
            var signature = CardKeys.FromBase64Url(parts[1]);
            if (!keys.Key.VerifyData(Encoding.ASCII.GetBytes(parts[0]), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            {
                return null;
            }

            var payload = JsonSerializer.Deserialize<Payload>(CardKeys.FromBase64Url(parts[0]), Json);
            if (payload is null || payload.V != 1)
            {
                return null;
            }

            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.Exp);
            return expiresAt > time.GetUtcNow() ? new CardClaims(payload.N, payload.M, payload.U, expiresAt) : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>李海军 → 李*军, 张伟 → 张*, 欧阳娜娜 → 欧**娜.</summary>
    public static string MaskName(string name) => name.Length switch
    {
        0 => "",
        1 => name,
        2 => $"{name[0]}*",
        _ => $"{name[0]}{new string('*', name.Length - 2)}{name[^1]}",
    };

    private sealed record Payload(int V, string N, string M, string U, long Exp, string? Kid);
}
