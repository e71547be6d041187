namespace UnionHome.Tests.Architecture;

public sealed class DependencyRulesTests
{
    private static readonly System.Reflection.Assembly Platform = typeof(UnionHome.Platform.PlatformModule).Assembly;

    [Fact]
    public void The_kernel_depends_on_no_host_migrations_or_module()
    {
        Platform.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n.StartsWith("UnionHome.", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Modules_reference_the_kernel_and_nothing_else_of_ours()
    {
        var modules = Directory.GetFiles(AppContext.BaseDirectory, "UnionHome.*.dll")
            .Select(System.Reflection.Assembly.LoadFrom)
            .Where(a => a.GetName().Name is { } name && name != "UnionHome.Platform" && name != "UnionHome.Web" && name != "UnionHome.Tests" && !name.StartsWith("UnionHome.Migrations", StringComparison.Ordinal))
            .ToList();

        foreach (var module in modules)
        {
            module.GetReferencedAssemblies()
                .Select(r => r.Name!)
                .Where(n => n.StartsWith("UnionHome.", StringComparison.Ordinal))
                .ShouldBe(["UnionHome.Platform"], module.GetName().Name);
        }
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
}
