using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace UnionHome.Platform.Identity;

/// <summary>Builds the one set of claims used by cookies and access tokens alike.</summary>
public sealed class PrincipalFactory(UserManager<AppUser> users, TimeProvider time)
{
    public async Task<ClaimsPrincipal> CreateAsync(AppUser user, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(PlatformClaims.UserId, user.Id),
            new(PlatformClaims.Name, user.DisplayName),
            new(PlatformClaims.AuthTime, time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new(PlatformClaims.SecurityStamp, user.SecurityStamp ?? ""),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(PlatformClaims.Role, r)));
        if (user.OrgUnitId is { } org)
        {
            claims.Add(new Claim(PlatformClaims.OrgUnitId, org.ToString()));
        }

        if (user.EnterpriseId is { } enterprise)
        {
            claims.Add(new Claim(PlatformClaims.EnterpriseId, enterprise.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, PlatformClaims.Name, PlatformClaims.Role));
    }
}
