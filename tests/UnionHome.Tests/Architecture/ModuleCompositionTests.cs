using System.Text.RegularExpressions;
using UnionHome.Modules;
using UnionHome.Platform.Modules;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Architecture;

/// <summary>Adding a module is its project, one line in the module list and its migration: nothing else names it.</summary>
public sealed class ModuleCompositionTests
{
    private static readonly string Root = Repository.Root();

    /// <summary>The root namespace of every module project under src/Modules, read from the folders.</summary>
    private static IReadOnlyList<string> ModuleNamespaces() =>
        [.. Directory.GetDirectories(Path.Combine(Root, "src", "Modules")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static IEnumerable<string> SourcesUnder(params string[] folders) =>
        folders.Select(f => Path.Combine(Root, f))
            .SelectMany(f => Directory.EnumerateFiles(f, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                // Generated migrations name entity types by string; they are the module's migration, not a reference.
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void The_host_and_the_migrations_projects_name_no_module()
    {
        var modules = ModuleNamespaces();
        modules.ShouldContain("UnionHome.Cases");
        var named = new Regex($@"\b({string.Join('|', modules.Select(Regex.Escape))})\b");

        SourcesUnder("src/UnionHome.Web", "src/UnionHome.Migrations.Sqlite", "src/UnionHome.Migrations.Postgres")
            .SelectMany(f => named.Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(Root, f)}: {m.Value}"))
            .Distinct()
            .ShouldBeEmpty("the host composes modules through src/UnionHome.Modules/ModuleList.cs only");
    }

    [Fact]
    public void Every_module_project_has_one_descriptor_and_it_is_in_the_module_list()
    {
        var listed = ModuleList.All.Select(m => m.GetType()).ToList();
        foreach (var module in ModuleNamespaces())
        {
            var assembly = System.Reflection.Assembly.Load(module);
            var descriptors = assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();
            descriptors.Count.ShouldBe(1, $"{module} implements IModule once");
            listed.ShouldContain(descriptors[0], $"{module} is in ModuleList.All");
        }

        ModuleList.All.Select(m => m.Name).ShouldBeUnique();
    }

    [Fact]
    public void Only_the_write_path_opens_a_transaction()
    {
        var opens = new Regex(@"Database\.BeginTransaction(Async)?\(");
        SourcesUnder("src")
            .Where(f => !f.StartsWith(Path.Combine(Root, "src", "UnionHome.Platform", "Data"), StringComparison.Ordinal))
            .Where(f => opens.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Root, f))
            .ShouldBeEmpty("open write transactions with db.BeginWriteAsync: its commit wakes the outbox");
    }

    [Fact]
    public void Every_tile_and_menu_label_a_module_declares_is_in_its_resources()
    {
        var localizers = new Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory(
            Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Localization.LocalizationOptions { ResourcesPath = "Resources" }),
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        var catalog = new ModuleCatalog(ModuleList.All);
        var labels = catalog.Tiles.SelectMany(t => new[] { (t.Resource, t.TitleKey), (t.Resource, t.TextKey) })
            .Concat(catalog.ConsoleMenu.Select(e => (e.Resource, e.LabelKey)))
            .ToList();
        labels.ShouldNotBeEmpty();

        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var previous = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
            try
            {
                labels.Where(l => localizers.Create(l.Resource)[l.Item2].ResourceNotFound)
                    .Select(l => $"{culture} {l.Resource.Name}: {l.Item2}")
                    .ShouldBeEmpty();
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = previous;
            }
        }
    }
}
