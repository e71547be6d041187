using UnionHome.Platform.Modules;

namespace UnionHome.Modules;

/// <summary>The modules this deployment runs, in the order their tiles and menu entries appear. Adding a module is one line here.</summary>
public static class ModuleList
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new Membership.MembershipModule(),
        new Cases.CasesModule(),
        new Events.EventsModule(),
    ];
}
