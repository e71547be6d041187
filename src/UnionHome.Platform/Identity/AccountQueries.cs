using UnionHome.Platform.Data;

namespace UnionHome.Platform.Identity;

/// <summary>Questions about accounts that a module asks at the moment it relies on the answer, not from a token.</summary>
public static class AccountQueries
{
    public static readonly IReadOnlyList<string> CaseHelpers = [Roles.Expert, Roles.Volunteer];

    /// <summary>Ids of the accounts that hold one of the roles now.</summary>
    public static IQueryable<string> UsersInRole(this AppDbContext db, IReadOnlyList<string> roles) =>
        db.UserRoles.Join(db.Roles.Where(r => roles.Contains(r.Name!)), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);

    /// <summary>
    /// Ids of the experts and volunteers who may be trusted with a case: the role, a password and an enrolled
    /// authenticator (a code sent to a phone is not enough to read someone's case).
    /// </summary>
    public static IQueryable<string> CaseHelperAccounts(this AppDbContext db)
    {
        var helpers = db.UsersInRole(CaseHelpers);
        return db.Users.Where(u => helpers.Contains(u.Id) && u.PasswordHash != null && u.TotpSecretCipher != null).Select(u => u.Id);
    }
}
