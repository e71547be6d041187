using Microsoft.Extensions.Localization;
using UnionHome.Platform.Errors;

namespace UnionHome.Web.Components;

internal static class ErrorText
{
    /// <summary>The error in the reader's language: a resource per stable code, else the Chinese message.</summary>
    public static string Of(IStringLocalizer localizer, Error error)
    {
        var text = localizer[$"Error.{error.Code}"];
        return text.ResourceNotFound ? error.Message : text.Value;
    }
}
