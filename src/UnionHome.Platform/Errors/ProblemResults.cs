using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace UnionHome.Platform.Errors;

/// <summary>Maps expected failures to RFC 9457 problem details, in one place.</summary>
public static class ProblemResults
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails ToProblemDetails(this Error error)
    {
        var problem = new ProblemDetails
        {
            Status = StatusOf(error.Kind),
            Title = error.Message,
            Type = $"https://unionhome.cn/problems/{error.Code}",
        };
        problem.Extensions["code"] = error.Code;
        if (error.Field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [error.Field] = [error.Message] };
        }

        return problem;
    }

    public static IResult ToProblem(this Error error) => TypedResults.Problem(error.ToProblemDetails());

    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.Succeeded ? onSuccess(result.Value) : result.Error.ToProblem();
}
