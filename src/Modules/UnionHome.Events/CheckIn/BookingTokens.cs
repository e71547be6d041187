using Microsoft.AspNetCore.DataProtection;

namespace UnionHome.Events.CheckIn;

/// <summary>
/// The booking QR code shown at the door: the booking id, protected with the platform's Data Protection keys
/// (shared by all nodes through the database), so it cannot be forged or pointed at someone else's booking.
/// </summary>
internal sealed class BookingTokens(IDataProtectionProvider protection)
{
    private const string Prefix = "bk1.";
    private readonly IDataProtector protector = protection.CreateProtector("UnionHome.Events.BookingQr.v1");

    public string Issue(Guid bookingId) => Prefix + protector.Protect(bookingId.ToString("N"));

    public static bool LooksLikeBookingToken(string token) => token.StartsWith(Prefix, StringComparison.Ordinal);

    public Guid? Read(string token)
    {
        if (!LooksLikeBookingToken(token))
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(protector.Unprotect(token[Prefix.Length..]), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
