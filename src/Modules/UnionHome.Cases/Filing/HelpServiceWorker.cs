using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace UnionHome.Cases.Filing;

/// <summary>
/// Serves the service worker of /help beside the page: a worker only controls pages under its own path
/// (or the path its Service-Worker-Allowed header names), and the module's static files live under /_content/UnionHome.Cases/.
/// </summary>
internal static class HelpServiceWorker
{
    public const string Path = "/help/worker";

    private static readonly byte[] Script = Read();

    public static void MapHelpServiceWorker(this IEndpointRouteBuilder routes) =>
        routes.MapGet(Path, (HttpContext http) =>
            {
                // Browsers check for a new worker on each visit; never let a proxy pin an old one.
                http.Response.Headers.CacheControl = "no-cache";
                http.Response.Headers["Service-Worker-Allowed"] = "/help";
                return TypedResults.Bytes(Script, "text/javascript; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static byte[] Read()
    {
        using var stream = typeof(HelpServiceWorker).Assembly.GetManifestResourceStream("UnionHome.Cases.help-sw.js")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
