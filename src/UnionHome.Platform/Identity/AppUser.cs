using Microsoft.AspNetCore.Identity;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.Identity;

/// <summary>
/// A person who can sign in. Members sign in by phone, staff by password and TOTP.
/// The phone lives only encrypted (<see cref="PhoneCipher"/>) with a blind index for look-ups;
/// Identity's own PhoneNumber column stays empty.
/// </summary>
public sealed class AppUser : IdentityUser, IOrgOwned
{
    public string DisplayName { get; set; } = "";

    public Guid? OrgUnitId { get; set; }

    public Guid? EnterpriseId { get; set; }

    [Encrypted]
    public string? PhoneCipher { get; set; }

    [BlindIndex(BlindIndex.Purposes.Phone, FromCipher = nameof(PhoneCipher))]
    public string? PhoneIndex { get; set; }

    [Encrypted]
    public string? TotpSecretCipher { get; set; }

    [Encrypted]
    public string? PendingTotpSecretCipher { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>The last TOTP time step accepted, so that a code cannot be used twice.</summary>
    public long TotpLastStep { get; set; }

    /// <summary>Set when an administrator chose the password (a new account, a reset): the owner picks their own at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>SHA-256 of the one-time authenticator enrolment link an administrator issued; the link itself is never stored.</summary>
    public string? TotpEnrolmentTokenHash { get; set; }

    public DateTime? TotpEnrolmentExpiresAt { get; set; }
    /// <summary>Set by an audited administration action only; apart from the failure counter, which never disables anyone.</summary>
    public DateTime? DisabledAt { get; set; }

    public bool HasTotp => TotpSecretCipher is not null;
}
