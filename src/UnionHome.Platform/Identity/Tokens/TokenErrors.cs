using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.Tokens;

internal static class TokenErrors
{
    public static readonly Error RefreshTokenInvalid = Error.Unauthorized("refresh_token_invalid", "登录已失效，请重新登录");
}
