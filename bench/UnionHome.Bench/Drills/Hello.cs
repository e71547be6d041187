using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace UnionHome.Bench.Drills;

/// <summary>Kestrel's bare "hello": the ceiling any ASP.NET Core endpoint on this machine is compared with.</summary>
internal static class Hello
{
    public static async Task<int> RunAsync(string urls)
    {
        var builder = WebApplication.CreateSlimBuilder([]);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        await using var app = builder.Build();
        app.MapGet("/", () => Results.Text("hello"));
        await app.RunAsync();
        return 0;
    }
}
