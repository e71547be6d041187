using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Outbox;
using UnionHome.Platform.PersonalData;
using UnionHome.Platform.Retention;

namespace UnionHome.Platform.Modules;

/// <summary>
/// What a module registers at start-up: its own services through <see cref="Services"/>, and the parts the kernel
/// runs for every module (demo data, integration event handlers, background jobs, health checks) through the named
/// methods, so that a reader of a module's descriptor sees each of them in one line.
/// </summary>
public sealed class ModuleServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    public IHostEnvironment Environment { get; } = environment;

    /// <summary>Development keys and demo switches only: never in production.</summary>
    public bool IsDevelopment => Environment.IsDevelopment();

    /// <summary>The module's part of the demo data, run by `seed-demo` and Demo:SeedOnStart after the union tree exists.</summary>
    public ModuleServices DemoData<T>()
        where T : class, IDemoData
    {
        Services.AddScoped<IDemoData, T>();
        return this;
    }

    /// <summary>A reaction to an integration event, run after the change that raised it commits (at least once: handle idempotently).</summary>
    public ModuleServices Handles<T>()
        where T : class, IIntegrationEventHandler
    {
        Services.AddScoped<IIntegrationEventHandler, T>();
        return this;
    }

    /// <summary>A background job on every node; jobs claim their rows so that two nodes never do the same work.</summary>
    public ModuleServices Job<T>()
        where T : class, IHostedService
    {
        Services.AddSingleton<T>();
        Services.AddHostedService(sp => sp.GetRequiredService<T>());
        return this;
    }

    /// <summary>The module's part of a person's data export (PIPL art. 45) and erasure (art. 47).</summary>
    public ModuleServices PersonalData<T>()
        where T : class, IPersonalDataContributor
    {
        Services.AddScoped<IPersonalDataContributor, T>();
        return this;
    }

    /// <summary>How long one kind of the module's records is kept; the kernel's retention sweep enforces it on every node.</summary>
    public ModuleServices Retention<T>()
        where T : class, IRetentionRule
    {
        Services.AddScoped<IRetentionRule, T>();
        return this;
    }

    /// <summary>A readiness check, answered at /readyz.</summary>
    public ModuleServices HealthCheck<T>(string name)
        where T : class, IHealthCheck
    {
        Services.AddHealthChecks().AddCheck<T>(name, tags: ["ready"]);
        return this;
    }
}
