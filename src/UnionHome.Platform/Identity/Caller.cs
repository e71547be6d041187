using System.Security.Claims;

namespace UnionHome.Platform.Identity;

/// <summary>The signed-in person as an endpoint sees them.</summary>
public sealed record Caller(string UserId, string DisplayName, IReadOnlySet<string> Roles, Guid? OrgUnitId, Guid? EnterpriseId)
{
    public bool IsInRole(string role) => Roles.Contains(role);

    public bool HasSubtreeScope => Roles.Any(Identity.Roles.SubtreeScoped.Contains);

    public static Caller? From(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(PlatformClaims.UserId);
        if (principal.Identity?.IsAuthenticated != true || userId is null)
        {
            return null;
        }

        return new Caller(
            userId,
            principal.FindFirstValue(PlatformClaims.Name) ?? "",
            principal.FindAll(PlatformClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            Guid.TryParse(principal.FindFirstValue(PlatformClaims.OrgUnitId), out var org) ? org : null,
            Guid.TryParse(principal.FindFirstValue(PlatformClaims.EnterpriseId), out var enterprise) ? enterprise : null);
    }
}
