using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Retention;

namespace UnionHome.Platform.PersonalData;

internal static class PersonalDataServices
{
    /// <summary>The export, the erasure and the retention sweep, with the kernel's own contributor and rule.</summary>
    public static IServiceCollection AddPersonalDataRights(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonalDataErasure>();
        services.AddScoped<ErasurePreview>();
        services.AddScoped<IPersonalDataContributor, AccountPersonalData>();

        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection("Retention"))
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Retention:Interval and Retention:BatchSize must be greater than zero")
            .Validate(o => o.Periods.Values.All(p => p > TimeSpan.Zero), "Retention:Periods:* must be longer than zero")
            .ValidateOnStart();
        services.AddScoped<IRetentionRule, SmsOutboxRetention>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        return services;
    }
}
