using System.Security.Cryptography;
using System.Text;

namespace UnionHome.Platform.Encryption;

/// <summary>
/// A keyed HMAC of a normalised value, for exact look-ups of encrypted fields.
/// The purpose separates indexes so that equal values in different fields do not match.
/// </summary>
public sealed class BlindIndex(PlatformKeys keys)
{
    public string Compute(string purpose, string normalizedValue)
    {
        var hash = HMACSHA256.HashData(keys.BlindIndexKey, Encoding.UTF8.GetBytes($"{purpose}\n{normalizedValue}"));
        return Convert.ToHexStringLower(hash);
    }

    public static class Purposes
    {
        public const string Phone = "phone";
        public const string ResidentId = "resident-id";
        public const string SmsCode = "sms-code";
        public const string IpAddress = "ip";
    }
}
