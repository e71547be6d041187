namespace UnionHome.Platform.Identity;

public static class PlatformClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string OrgUnitId = "org";
    public const string EnterpriseId = "ent";

    /// <summary>The account's security stamp when the session began; a changed stamp ends the session.</summary>
    public const string SecurityStamp = "sst";

    /// <summary>When the person signed in, in Unix seconds: the 12-hour limit of a staff session counts from it.</summary>
    public const string AuthTime = "auth_time";
}
