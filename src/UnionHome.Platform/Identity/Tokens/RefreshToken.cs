namespace UnionHome.Platform.Identity.Tokens;

/// <summary>
/// A member's refresh token, kept only as a hash. Each use replaces it with the next of its family; a token used
/// twice means it was copied, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public Guid FamilyId { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTime IssuedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
