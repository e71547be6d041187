using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Encryption.Rotation;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Platform.Identity.Tokens;
using UnionHome.Platform.Notifications;
using UnionHome.Platform.Outbox;
using UnionHome.Platform.PersonalData;
using UnionHome.Platform.RateLimits;
using UnionHome.Platform.Regions;
using UnionHome.Platform.Sms;
using UnionHome.Platform.Sms.Aliyun;
using UnionHome.Platform.Sms.Outbox;

namespace UnionHome.Platform;

public static class PlatformModule
{
    /// <summary>The data directory: Storage:DataDirectory, by default ./data under the working directory.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Storage:DataDirectory"] ?? "data");

    public static IServiceCollection AddPlatformModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataDirectory = DataDirectory(configuration);
        var database = DatabaseSettings.From(configuration, dataDirectory);
        services.AddSingleton(database);
        services.AddDbContext<AppDbContext>(database.Apply);

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton(sp => PlatformKeys.Load(
            configuration,
            allowDevKeyFile: environment.IsDevelopment() || configuration.GetValue<bool>("Encryption:AllowDevelopmentKeyFile"),
            dataDirectory,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<PlatformKeys>()));
        services.AddSingleton<FieldCipher>();
        services.AddSingleton<BlindIndex>();
        services.AddSingleton(_ => RegionDirectory.LoadEmbedded());

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddPasswordValidator<PasswordRules>();
        services.AddPlatformAuthentication();
        services.AddAuthorization(Policies.Add);
        services.AddDataProtection().SetApplicationName("UnionHome").PersistKeysToDbContext<AppDbContext>();
        services.EncryptDataProtectionKeysWithFieldCipher();
        services.AddScoped<Reencryption>();
        services.AddScoped<Reindexing>();

        services.Configure<SmsLoginOptions>(configuration.GetSection("Sms:Login"));
        services.Configure<DemoOptions>(configuration.GetSection("Demo"));
        services.Configure<AccessTokenOptions>(configuration.GetSection("Auth"));
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));

        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection("RateLimits"))
            .Validate(o => o.All.All(r => r.Window > TimeSpan.Zero), "RateLimits:*:Window must be longer than zero")
            .ValidateOnStart();

        // One node counts in memory; ScaleOut puts the counters in Redis when Redis:Connection is set.
        services.TryAddSingleton<IRateCounter, InProcessRateCounter>();
        services.AddSingleton<ClientNetworkLimits>();

        // Modules cache reads through HybridCache: memory only, or memory in front of Redis once an IDistributedCache is there.
        services.AddHybridCache();

        services.AddSingleton<AccessTokens>();
        services.AddSingleton<Totp>();
        services.AddScoped<PrincipalFactory>();
        services.AddScoped<SecurityStamps>();
        services.AddScoped<RefreshTokens>();
        services.AddScoped<SmsCodes>();
        services.AddScoped<MemberSignIn>();
        services.AddScoped<StaffSignIn>();
        services.AddScoped<TotpEnrolmentLinks>();
        services.AddScoped<StaffPasswords>();
        services.AddScoped<SignInBackoffs>();
        services.AddOptions<SignInBackoffOptions>().BindConfiguration("Auth:Backoff");
        services.AddScoped<Accounts>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddSingleton(configuration.GetSection("Audit").Get<AuditOptions>() ?? new AuditOptions());
        services.AddSingleton(sp => AuditSigningKey.Load(
            configuration,
            allowDevKeyFile: environment.IsDevelopment() || configuration.GetValue<bool>("Encryption:AllowDevelopmentKeyFile"),
            dataDirectory,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<AuditSigningKey>()));
        services.AddSingleton(new AuditCheckpointFile(configuration["Audit:CheckpointFile"] is { Length: > 0 } checkpointFile
            ? Path.GetFullPath(checkpointFile)
            : Path.Combine(dataDirectory, "audit-checkpoints.jsonl")));
        services.AddSingleton<AuditSealer>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditSealer>());
        services.TryAddScoped<IAuditActor, HttpAuditActor>();
        services.AddScoped<Outbox.Outbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddScoped<IIntegrationEventHandler, WelcomeNewUser>();
        services.AddPersonalDataRights(configuration);

        // Outside Development the choice must be explicit: a production server silently keeping codes would send none.
        var smsProvider = configuration["Sms:Provider"]
            ?? (environment.IsDevelopment() ? "Outbox" : throw new InvalidOperationException(
                "Sms:Provider must be set outside Development: Aliyun to send messages, or Outbox to keep them in the database (demo servers only)."));
        if (string.Equals(smsProvider, "Aliyun", StringComparison.OrdinalIgnoreCase))
        {
            services.AddAliyunSms(configuration);
        }
        else
        {
            services.AddSingleton<ISmsSender, DevOutboxSmsSender>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder routes, bool development)
    {
        routes.MapAuthApi();
        routes.MapMeApi();
        routes.MapOrgUnitsApi();
        routes.MapRegionsApi();
        routes.MapUsersApi();
        routes.MapSmsOutboxApi(development);
        routes.MapPersonalDataApi();
        return routes;
    }
}
