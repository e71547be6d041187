using Microsoft.Extensions.Localization;

namespace UnionHome.Platform.Errors;

public static class ErrorText
{
    /// <summary>The error in the reader's language: a resource "Error.{code}" where one exists, else the Chinese message.</summary>
    public static string Of(IStringLocalizer localizer, Error error)
    {
        var text = localizer[$"Error.{error.Code}"];
        return text.ResourceNotFound ? error.Message : text.Value;
    }
}
