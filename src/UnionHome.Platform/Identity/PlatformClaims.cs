namespace UnionHome.Platform.Identity;

public static class PlatformClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string OrgUnitId = "org";
    public const string EnterpriseId = "ent";

    /// <summary>When the person signed in, in Unix seconds: the 12-hour limit of a staff session counts from it.</summary>
    public const string AuthTime = "auth_time";
}
