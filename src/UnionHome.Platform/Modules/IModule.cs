using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Modules;

/// <summary>
/// Everything a module brings to the platform, declared once. The host iterates the module list and names no module
/// otherwise: its services, tables, endpoints, pages, member tiles, console menu, verbs, demo data, personal data,
/// jobs and health checks all come from here. Encrypted columns are declared on the entities (<see cref="Encryption.EncryptedAttribute"/>).
/// </summary>
public interface IModule
{
    /// <summary>A short stable name, lower case ("cases"): logs, health checks, the verbs' help.</summary>
    string Name { get; }

    /// <summary>The module's tables; the design-time factories of both migrations projects read it too.</summary>
    IModelContributor Model { get; }

    void AddServices(ModuleServices module);

    void MapEndpoints(IEndpointRouteBuilder routes);

    /// <summary>Tiles on the member home page, in the order shown.</summary>
    IReadOnlyList<MemberTile> Tiles => [];

    /// <summary>Components shown on the member's own page (/me), in the order shown.</summary>
    IReadOnlyList<Type> MeSections => [];

    /// <summary>The module's entries in the staff console's menu.</summary>
    IReadOnlyList<ConsoleMenuEntry> ConsoleMenu => [];

    /// <summary>Components shown in the console's top bar (a live alert badge).</summary>
    IReadOnlyList<Type> ConsoleBar => [];

    /// <summary>Administration verbs the executable takes (`UnionHome.Web VERB ...`).</summary>
    IReadOnlyList<AdminVerb> Verbs => [];
}
