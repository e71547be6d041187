namespace UnionHome.Tests.Architecture;

public sealed class DependencyRulesTests
{
    private static readonly System.Reflection.Assembly Platform = typeof(UnionHome.Platform.PlatformModule).Assembly;

    /// <summary>The kernel, the host, the module list and the test assemblies: everything else named UnionHome.* is a module.</summary>
    private static readonly string[] NotModules = ["UnionHome.Platform", "UnionHome.Web", "UnionHome.Modules", "UnionHome.Tests", "UnionHome.TestSupport"];

    [Fact]
    public void The_kernel_depends_on_no_host_migrations_or_module()
    {
        Platform.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n.StartsWith("UnionHome.", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Modules_reference_the_kernel_and_other_modules_only_through_their_contracts()
    {
        var modules = ModuleAssemblies();
        modules.Select(m => m.GetName().Name).ShouldContain("UnionHome.Events");

        foreach (var module in modules)
        {
            var name = module.GetName().Name!;
            var ownContracts = name.EndsWith(".Contracts", StringComparison.Ordinal) ? name : $"{name}.Contracts";
            module.GetReferencedAssemblies()
                .Select(r => r.Name!)
                .Where(n => n.StartsWith("UnionHome.", StringComparison.Ordinal) && n != "UnionHome.Platform" && n != ownContracts)
                .ShouldAllBe(n => n.EndsWith(".Contracts", StringComparison.Ordinal), name);
        }

        foreach (var contracts in modules.Where(m => m.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)))
        {
            contracts.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("UnionHome.", StringComparison.Ordinal)).ShouldBe(["UnionHome.Platform"]);
        }
    }

    [Fact]
    public void A_modules_only_public_types_are_its_contracts_its_descriptor_and_its_pages()
    {
        var modules = ModuleAssemblies().Where(m => !m.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();
        modules.Select(m => m.GetName().Name).ShouldContain("UnionHome.Cases");

        modules.SelectMany(m => m.GetExportedTypes())
            .Where(t => !(t.Namespace ?? "").EndsWith(".Contracts", StringComparison.Ordinal))
            .Where(t => !typeof(UnionHome.Platform.Modules.IModule).IsAssignableFrom(t))
            .Where(t => !typeof(Microsoft.AspNetCore.Components.ComponentBase).IsAssignableFrom(t))
            // Razor compiles _Imports.razor into a public class of its own.
            .Where(t => t.Name != "_Imports")
            .Select(t => t.FullName)
            .ShouldBeEmpty("make it internal: other modules use a module only through its contracts");
    }

    [Fact]
    public void Folders_are_named_after_union_work_not_patterns()
    {
        var forbidden = new[] { ".Services", ".Managers", ".Helpers", ".Utils", ".Handlers" };

        Platform.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Distinct()
            .Where(ns => forbidden.Any(f => ns.EndsWith(f, StringComparison.Ordinal)))
            .ShouldBeEmpty();
    }

    private static List<System.Reflection.Assembly> ModuleAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "UnionHome.*.dll")
            .Select(System.Reflection.Assembly.LoadFrom)
            .Where(a => a.GetName().Name is { } name && !NotModules.Contains(name) && !name.StartsWith("UnionHome.Migrations", StringComparison.Ordinal))
            .ToList();
}
