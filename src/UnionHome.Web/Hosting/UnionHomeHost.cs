using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Serilog;
using UnionHome.Modules;
using UnionHome.Platform;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Modules;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Web.Components;
using UnionHome.Web.Demo;

namespace UnionHome.Web.Hosting;

internal static class UnionHomeHost
{
    /// <summary>The module assemblies that carry Razor pages, for the router and the endpoint map.</summary>
    public static System.Reflection.Assembly[] PageAssemblies { get; } = new ModuleCatalog(ModuleList.All).PageAssemblies;

    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static void AddUnionHome(this WebApplicationBuilder builder)
    {
        DevelopmentOnlySettings.EnsureOffOutsideDevelopment(builder.Configuration, builder.Environment);
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();

            // Production logs are one JSON object a line for the collector; development logs are for people.
            if (development)
            {
                log.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
            }
            else
            {
                log.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
            }
        });

        builder.Services.AddPlatformModule(builder.Configuration, builder.Environment);
        builder.Services.AddModules(ModuleList.All, builder.Configuration, builder.Environment);
        builder.Services.AddScaleOut(builder.Configuration);

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDefaults.Fill);
        builder.Services.ConfigureHttpJsonOptions(o => WireJson.Apply(o.SerializerOptions));
        builder.Services.Configure<Microsoft.AspNetCore.SignalR.JsonHubProtocolOptions>(o => WireJson.Apply(o.PayloadSerializerOptions));
        builder.Services.AddOpenApi(OpenApiContract.Configure);

        // SecurityHeaders sends X-Frame-Options: DENY itself; antiforgery would add a second, weaker value.
        builder.Services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true);
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");

        // Chinese text is written as UTF-8, not as &#x...; entities that triple the bytes on a satellite link.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, StaffCircuitRevalidation>();
        builder.Services.AddScoped<CircuitActivity>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitActivityHandler>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<UnionHome.Platform.Organization.CurrentActor>();
        builder.Services.AddScoped<UnionHome.Platform.StaffConsole.ConsoleData>();
        builder.Services.AddSingleton<UnionHome.Platform.StaffConsole.InternalAddress>();
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<ForwardedHeadersOptions>(o => TrustedProxies.Apply(o, builder.Configuration));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        await using var scope = app.Services.CreateAsyncScope();
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        }

        if (configuration.GetValue<bool>("Demo:SeedOnStart"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        }
    }

    public static void UseUnionHome(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Outside the exception handler, so the log shows the status the client got (a 503 while the database
        // restarts, not a 500); the handler logs the exception itself.
        app.UseSerilogRequestLogging();
        // Unreadable request bodies are the client's fault: 400, not 500, in every environment. A database that is
        // restarting is nobody's fault: 503, and the client retries (TransientFailures).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when TransientFailures.IsTransient(exception) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseResponseCompression();
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains("ready") });
        // A production server does not describe its whole surface to strangers unless its operator chose to.
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("ApiReference:Enabled"))
        {
            app.MapOpenApi("/openapi/{documentName}.json");
            app.MapScalarApiReference("/api-docs", o => o.WithTitle("职工之家 UnionHome API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        }

        app.MapPlatformEndpoints(app.Environment.IsDevelopment());
        app.MapModules(ModuleList.All);
        app.MapCultureSwitch();
        app.MapSignInEndpoints();
        // SecurityHeaders already forbids framing; Blazor's own frame-ancestors header would be a second policy.
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .AddAdditionalAssemblies(PageAssemblies);
    }
}
