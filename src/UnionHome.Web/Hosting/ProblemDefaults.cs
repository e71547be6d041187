using UnionHome.Platform.Data;
using Microsoft.AspNetCore.Http.Features;

namespace UnionHome.Web.Hosting;

/// <summary>Problems the framework raises itself (404, 405, 500, bad JSON) also get a Chinese title and a stable code.</summary>
internal static class ProblemDefaults
{
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        (problem.Title, var code) = problem.Status switch
        {
            400 => ("请求格式不正确", "bad_request"),
            401 => ("请先登录", "unauthenticated"),
            403 => ("您没有权限执行此操作", "forbidden"),
            404 => ("未找到该资源", "not_found"),
            405 => ("不支持该请求方法", "method_not_allowed"),
            415 => ("不支持的内容类型", "unsupported_media_type"),
            429 => ("请求过于频繁，请稍后再试", "too_many_requests"),
            503 => ("服务暂时不可用，请稍后重试", "service_unavailable"),
            _ => ("服务器内部错误，请稍后再试", "internal_error"),
        };
        problem.Extensions["code"] = code;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.HttpContext.Response.Headers.RetryAfter = TransientFailures.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        problem.Extensions["traceId"] = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id ?? context.HttpContext.TraceIdentifier;
    }
}
