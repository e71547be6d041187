using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Modules;

/// <summary>The modules of this deployment, in the order of the module list: what the host and its pages iterate.</summary>
public sealed class ModuleCatalog(IReadOnlyList<IModule> modules)
{
    public IReadOnlyList<IModule> Modules { get; } = modules;

    /// <summary>Assemblies whose Razor pages the router and the endpoint map add to the host's own.</summary>
    public Assembly[] PageAssemblies { get; } = [.. modules.Select(m => m.GetType().Assembly).Distinct()];

    public IEnumerable<MemberTile> Tiles => Modules.SelectMany(m => m.Tiles);

    public IEnumerable<Type> MeSections => Modules.SelectMany(m => m.MeSections);

    public IEnumerable<ConsoleMenuEntry> ConsoleMenu => Modules.SelectMany(m => m.ConsoleMenu);

    public IEnumerable<Type> ConsoleBar => Modules.SelectMany(m => m.ConsoleBar);

    public IEnumerable<AdminVerb> Verbs => Modules.SelectMany(m => m.Verbs);
}

public static class ModuleComposition
{
    /// <summary>Registers every module's services and tables, and the catalog the host's pages read.</summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IReadOnlyList<IModule> modules, IConfiguration configuration, IHostEnvironment environment)
    {
        var duplicate = modules.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules are named {duplicate.Key}.");
        }

        services.AddSingleton(new ModuleCatalog(modules));
        var registration = new ModuleServices(services, configuration, environment);
        foreach (var module in modules)
        {
            services.AddSingleton<IModelContributor>(module.Model);
            module.AddServices(registration);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder routes, IReadOnlyList<IModule> modules)
    {
        foreach (var module in modules)
        {
            module.MapEndpoints(routes);
        }

        return routes;
    }
}
