using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

internal enum ApplicationStatus
{
    Pending,
    Approved,
    Rejected,
}

internal enum ApplicationSource
{
    Online,
    RosterImport,
}

/// <summary>An application to join (入会申请), routed to the union that decides it.</summary>
internal sealed class MembershipApplication : IOrgOwned
{
    public Guid Id { get; set; }

    public string? ApplicantUserId { get; set; }

    public string Name { get; set; } = "";

    [Encrypted]
    public string ResidentIdCipher { get; set; } = "";

    [BlindIndex(BlindIndex.Purposes.ResidentId, FromCipher = nameof(ResidentIdCipher))]
    public string ResidentIdIndex { get; set; } = "";

    public string ResidentIdMasked { get; set; } = "";

    [Encrypted]
    public string? PhoneCipher { get; set; }

    public WorkerType WorkerType { get; set; }

    public Guid? EnterpriseId { get; set; }

    public string? Platform { get; set; }

    public string WorkRegionCode { get; set; } = "";

    /// <summary>The union the application was routed to; it decides.</summary>
    public Guid? OrgUnitId { get; set; }

    public string RoutingReason { get; set; } = "";

    public ApplicationStatus Status { get; set; }

    public ApplicationSource Source { get; set; }

    public DateTime SubmittedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>
    /// Another account applied with the same ID number, or a member already holds it: the applicant was told nothing,
    /// and staff find out who the number belongs to before approving.
    /// </summary>
    public bool IdentityConflict { get; set; }

    /// <summary>Optimistic concurrency: two officers deciding the same application at once cannot both win.</summary>
    public Guid Version { get; set; }

    /// <summary>Encrypts the ID number and phone for this row; <see cref="Id"/> must be set first.</summary>
    public void SealPerson(FieldCipher cipher, string idNumber, string? phoneE164)
    {
        ResidentIdCipher = cipher.Encrypt<MembershipApplication>(idNumber, nameof(ResidentIdCipher), Id);
        SealPhone(cipher, phoneE164);
    }

    public void SealPhone(FieldCipher cipher, string? phoneE164) =>
        PhoneCipher = phoneE164 is null ? null : cipher.Encrypt<MembershipApplication>(phoneE164, nameof(PhoneCipher), Id);

    /// <summary>The ID number; null once erased.</summary>
    public string? IdNumber(FieldCipher cipher) =>
        ResidentIdCipher.Length == 0 ? null : cipher.Decrypt<MembershipApplication>(ResidentIdCipher, nameof(ResidentIdCipher), Id);

    public string? Phone(FieldCipher cipher) =>
        string.IsNullOrEmpty(PhoneCipher) ? null : cipher.Decrypt<MembershipApplication>(PhoneCipher, nameof(PhoneCipher), Id);
}
