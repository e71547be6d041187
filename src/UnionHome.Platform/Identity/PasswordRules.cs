using Microsoft.AspNetCore.Identity;

namespace UnionHome.Platform.Identity;

/// <summary>At least 10 characters drawn from at least three of: lower case, upper case, digits, symbols.</summary>
public sealed class PasswordRules : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 10;
    public const int MinimumKinds = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(IsAcceptable(password)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "weak_password", Description = "密码至少10位，且包含大写字母、小写字母、数字、符号中的至少三类" }));

    public static bool IsAcceptable(string? password)
    {
        if (password is null || password.Length < MinimumLength)
        {
            return false;
        }

        var kinds = (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0)
            + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return kinds >= MinimumKinds;
    }
}
