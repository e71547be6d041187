using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Web.Demo;

namespace UnionHome.TestSupport;

/// <summary>The real application over HTTP, on a fresh database of the given provider, migrated and seeded with the demo tree.</summary>
public sealed class UnionHomeApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("unionhome-test-").FullName;

    private readonly Action<IServiceCollection>? configureServices;

    private UnionHomeApp(DatabaseProvider provider, string? connectionString, Dictionary<string, string?> extra, FakeTimeProvider time, Action<IServiceCollection>? configureServices)
    {
        this.configureServices = configureServices;
        Provider = provider;
        Time = time;
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:UnionHome"] = connectionString,
            ["Storage:DataDirectory"] = dataDirectory,
            ["Encryption:ActiveKeyId"] = "t1",
            ["Encryption:Keys:t1"] = PlatformKeys.NewKey(),
            ["Encryption:BlindIndexKey"] = PlatformKeys.NewKey(),
            ["Auth:TokenSigningKey"] = PlatformKeys.NewKey(),
            ["Sms:Login:PerIpPerHour"] = "100000",
            // Every test signs in from one address; the limits have their own tests with small numbers.
            ["RateLimits:StaffLogin:PermitLimit"] = "100000",
            ["RateLimits:SmsLogin:PermitLimit"] = "100000",
            ["RateLimits:SmsCode:PermitLimit"] = "100000",
            ["Auth:Backoff:NetworkFreeFailures"] = "100000",
            // Tests move the clock by hours and days while one member token is in use; the real, short lifetime has its own test.
            ["Auth:MemberLifetime"] = "7.00:00:00",
            ["RateLimits:MembershipApplication:PermitLimit"] = "100000",
            ["RateLimits:MembershipApplicationPerAccount:PermitLimit"] = "100000",
            ["RateLimits:CaseFiling:PermitLimit"] = "100000",
            ["RateLimits:CaseFilingPerAccount:PermitLimit"] = "100000",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        // A null setting removes the test default: the application's own configuration applies.
        foreach (var (key, value) in extra)
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The application's clock: tests move it, the application reads it through <see cref="TimeProvider"/>.</summary>
    public FakeTimeProvider Time { get; }

    public string DataDirectory => dataDirectory;

    public static async Task<UnionHomeApp> StartAsync(
        DatabaseProvider provider,
        PostgresCluster? postgres = null,
        Dictionary<string, string?>? settings = null,
        FakeTimeProvider? time = null,
        Action<IServiceCollection>? configureServices = null)
    {
        // A connection string in the settings is a database another node already uses (see ScaleOut/TwoNodeTests).
        var connectionString = settings?.GetValueOrDefault("ConnectionStrings:UnionHome")
            ?? (provider == DatabaseProvider.Postgres
                ? await (postgres ?? throw new ArgumentNullException(nameof(postgres))).CreateDatabaseAsync()
                : null);
        var app = new UnionHomeApp(provider, connectionString, settings ?? [], time ?? Clocks.Thursday1000Beijing(), configureServices);
        app.ClientOptions.BaseAddress = new Uri("https://localhost");
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));

        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false });

    public async Task<T> WithServices<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection: the temp folder is cleaned by the system later.
        }
    }
}
