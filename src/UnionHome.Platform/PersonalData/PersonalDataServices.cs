using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace UnionHome.Platform.PersonalData;

internal static class PersonalDataServices
{
    /// <summary>The export and the erasure, with the kernel's own contributor.</summary>
    public static IServiceCollection AddPersonalDataRights(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonalDataErasure>();
        services.AddScoped<IPersonalDataContributor, AccountPersonalData>();

        return services;
    }
}
