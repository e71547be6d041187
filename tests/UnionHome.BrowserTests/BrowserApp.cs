using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using UnionHome.Platform.Encryption;
using UnionHome.TestSupport;
using UnionHome.Web.Demo;

namespace UnionHome.BrowserTests;

/// <summary>
/// The application on real Kestrel (SQLite, demo data) and Debian's Chromium driven by Playwright. The application's
/// clock starts at a named instant, the browser's is the machine's: they may be years apart, so nothing the browser
/// keeps may carry a date by the application's clock (its cookies carry Max-Age, counted on the browser's own clock).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("unionhome-browser-").FullName;
    private Factory? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>http://localhost:port — browsers accept Secure cookies from localhost without TLS.</summary>
    public string BaseUrl { get; private set; } = "";

    public HttpClient Http { get; private set; } = default!;

    public IServiceProvider Services => factory!.Services;

    /// <summary>The application's clock; journeys date what they make by it, never by the machine's.</summary>
    public FakeTimeProvider Time { get; } = Clocks.Thursday1000Beijing();

    public async ValueTask InitializeAsync()
    {
        factory = new Factory(dataDirectory, Time);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = $"http://localhost:{new Uri(address).Port}";
        Http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(BaseUrl) };

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        Http?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private sealed class Factory(string dataDirectory, TimeProvider time) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(time)));
            builder.UseSetting("Storage:DataDirectory", dataDirectory);
            builder.UseSetting("Encryption:ActiveKeyId", "b1");
            builder.UseSetting("Encryption:Keys:b1", PlatformKeys.NewKey());
            builder.UseSetting("Encryption:BlindIndexKey", PlatformKeys.NewKey());
            builder.UseSetting("Auth:TokenSigningKey", PlatformKeys.NewKey());
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            // Journeys sign one person in by API and then on a page within seconds; the resend limit has its own tests.
            builder.UseSetting("Sms:Login:ResendInterval", "00:00:00");
            // Every journey signs in from loopback; the per-network limits have their own tests.
            builder.UseSetting("RateLimits:StaffLogin:PermitLimit", "100000");
            builder.UseSetting("RateLimits:SmsLogin:PermitLimit", "100000");
            builder.UseSetting("RateLimits:SmsCode:PermitLimit", "100000");
            builder.UseSetting("RateLimits:MembershipApplication:PermitLimit", "100000");
            builder.UseSetting("RateLimits:MembershipApplicationPerAccount:PermitLimit", "100000");
            builder.UseSetting("RateLimits:CaseFiling:PermitLimit", "100000");
            builder.UseSetting("RateLimits:CaseFilingPerAccount:PermitLimit", "100000");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
