using OtpNet;
using QRCoder;

namespace UnionHome.Platform.Identity.StaffLogin;

/// <summary>RFC 6238 time-based one-time passwords, 6 digits every 30 seconds, as authenticator apps expect.</summary>
public sealed class Totp(TimeProvider time)
{
    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    /// <summary>Returns the matched time step, or null; one step of drift either way is accepted.</summary>
    public long? Verify(string secret, string? code, long lastAcceptedStep)
    {
        if (code is null || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new OtpNet.Totp(Base32Encoding.ToBytes(secret));
        var ok = totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1));
        return ok && step > lastAcceptedStep ? step : null;
    }

    public static string Uri(string secret, string account) =>
        $"otpauth://totp/{System.Uri.EscapeDataString("职工之家")}:{System.Uri.EscapeDataString(account)}?secret={secret}&issuer={System.Uri.EscapeDataString("职工之家")}&digits=6&period=30";

    public static string QrCodeSvg(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
