using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Cases.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Cases;

/// <summary>Help requests and case management: filing, routing, SLA on China's calendar, escalation, pools, hotline.</summary>
public static class CasesModule
{
    public static System.Reflection.Assembly Assembly => typeof(CasesModule).Assembly;

    public static IServiceCollection AddCasesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, CasesModel>();
        return services;
    }

    public static IEndpointRouteBuilder MapCasesEndpoints(this IEndpointRouteBuilder routes) => routes;
}
