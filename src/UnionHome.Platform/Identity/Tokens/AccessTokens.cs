using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using UnionHome.Platform.Encryption;

namespace UnionHome.Platform.Identity.Tokens;

public sealed class AccessTokenOptions
{
    public const string Issuer = "unionhome";
    public const string Audience = "unionhome-api";

    /// <summary>Member tokens are short; the app renews them with a refresh token, which a stamp change revokes.</summary>
    public TimeSpan MemberLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Staff tokens are short: a staff session ends after 30 idle minutes.</summary>
    public TimeSpan StaffLifetime { get; set; } = TimeSpan.FromMinutes(30);
}

public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>Signed bearer tokens for apps and mini-programs; any node with the same key accepts them.</summary>
public sealed class AccessTokens(PlatformKeys keys, IOptions<AccessTokenOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler handler = new();

    public SymmetricSecurityKey SigningKey { get; } = new(keys.TokenSigningKey) { KeyId = "uh1" };

    public AccessToken Issue(ClaimsPrincipal principal, bool staff)
    {
        var now = time.GetUtcNow();
        var expiresAt = now + (staff ? options.Value.StaffLifetime : options.Value.MemberLifetime);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AccessTokenOptions.Issuer,
            Audience = AccessTokenOptions.Audience,
            Subject = new ClaimsIdentity(principal.Claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, expiresAt);
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = AccessTokenOptions.Issuer,
        ValidAudience = AccessTokenOptions.Audience,
        IssuerSigningKey = SigningKey,
        NameClaimType = PlatformClaims.Name,
        RoleClaimType = PlatformClaims.Role,
        ClockSkew = TimeSpan.FromSeconds(30),
        LifetimeValidator = (notBefore, expires, _, parameters) => IsWithinLifetime(notBefore, expires, parameters.ClockSkew),
    };

    // The handler's default compares with the machine clock; ours follows the application's TimeProvider.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return (notBefore is null || notBefore.Value <= now + skew) && (expires is null || expires.Value > now - skew);
    }
}
