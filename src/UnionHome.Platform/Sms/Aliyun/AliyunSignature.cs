using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace UnionHome.Platform.Sms.Aliyun;

/// <summary>Aliyun's RPC request signature: SignatureVersion 1.0 with HMAC-SHA1.</summary>
internal static class AliyunSignature
{
    public static string Sign(string method, IEnumerable<KeyValuePair<string, string>> parameters, string secret)
    {
        var key = Encoding.UTF8.GetBytes(secret + "&");
        var data = Encoding.UTF8.GetBytes(StringToSign(method, parameters));
        return Convert.ToBase64String(HMACSHA1.HashData(key, data));
    }

    public static string StringToSign(string method, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var canonicalQuery = string.Join('&', parameters
            .Where(parameter => parameter.Key != "Signature")
            .OrderBy(parameter => parameter.Key, StringComparer.Ordinal)
            .Select(parameter => $"{PercentEncode(parameter.Key)}={PercentEncode(parameter.Value)}"));
        return $"{method}&{PercentEncode("/")}&{PercentEncode(canonicalQuery)}";
    }

    // RFC 3986 over UTF-8: a space is %20 (never '+'), '*' is %2A and '~' stays as it is.
    public static string PercentEncode(string value)
    {
        var encoded = new StringBuilder(value.Length);
        foreach (var octet in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(octet))
                encoded.Append((char)octet);
            else
                encoded.Append('%').Append(octet.ToString("X2", CultureInfo.InvariantCulture));
        }

        return encoded.ToString();
    }

    private static bool IsUnreserved(byte octet) =>
        char.IsAsciiLetterOrDigit((char)octet) || octet is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
