namespace UnionHome.Platform.Identity;

public static class Roles
{
    public const string Member = "member";
    public const string EnterpriseLiaison = "enterprise_liaison";
    public const string UnionStaff = "union_staff";
    public const string Volunteer = "volunteer";
    public const string Expert = "expert";
    public const string StationOperator = "station_operator";
    public const string Merchant = "merchant";
    public const string Reviewer = "reviewer";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All =
        [Member, EnterpriseLiaison, UnionStaff, Volunteer, Expert, StationOperator, Merchant, Reviewer, Auditor, Admin];

    /// <summary>Roles whose rights follow the union tree: they see their unit's subtree.</summary>
    public static readonly IReadOnlySet<string> SubtreeScoped = new HashSet<string> { UnionStaff, Reviewer, Auditor, Admin };

    /// <summary>Subtree roles that act on the tree; reviewers and auditors only read it.</summary>
    public static readonly IReadOnlySet<string> TreeWriters = new HashSet<string> { UnionStaff, Admin };

    /// <summary>Roles that sign in with a password (and TOTP) rather than an SMS code.</summary>
    public static readonly IReadOnlySet<string> PasswordSignIn = new HashSet<string>(All.Where(r => r != Member));

    public static bool IsKnown(string role) => All.Contains(role);
}
