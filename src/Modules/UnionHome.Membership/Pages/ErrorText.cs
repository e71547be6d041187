using Microsoft.Extensions.Localization;
using UnionHome.Platform.Errors;

namespace UnionHome.Membership.Pages;

internal static class ErrorText
{
    public static string Of(IStringLocalizer localizer, Error error)
    {
        var text = localizer[$"Error.{error.Code}"];
        return text.ResourceNotFound ? error.Message : text.Value;
    }
}
