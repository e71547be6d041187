using Microsoft.AspNetCore.Authorization;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.Api;

public static class Policies
{
    /// <summary>Union staff, reviewers, auditors and admins: people whose rights follow the tree.</summary>
    public const string Staff = "staff";
    public const string Admin = "admin";
    public const string Auditor = "auditor";

    /// <summary>Everyone who signs in with a password (all but members), and so may change it.</summary>
    public const string PasswordHolder = "password-holder";

    /// <summary>Deciding (approve, reject, erase) is union officers' work; reviewers and auditors only read.</summary>
    public const string Decide = "decide";

    /// <summary>Working on help cases: staff of the tree, and the experts and volunteers cases are assigned to.</summary>
    public const string CaseWork = "case-work";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, Roles.SubtreeScoped));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, Roles.Admin));
        options.AddPolicy(Decide, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, Roles.TreeWriters));
        options.AddPolicy(CaseWork, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, [.. Roles.SubtreeScoped, Roles.Expert, Roles.Volunteer]));
        options.AddPolicy(PasswordHolder, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, Roles.PasswordSignIn));
        options.AddPolicy(Auditor, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, Roles.Auditor, Roles.Admin));
    }
}
