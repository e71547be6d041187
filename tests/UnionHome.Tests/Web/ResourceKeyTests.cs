using System.Text.RegularExpressions;
using System.Xml.Linq;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Web;

/// <summary>
/// Every text a page asks its localizer for exists in the Chinese resources; a missing key renders as the key
/// itself ("Console.Cases" in the menu), which no other test notices.
/// </summary>
public sealed partial class ResourceKeyTests
{
    /// <summary>The host's pages use L; each module's pages use T, its one resource (docs/modules.md).</summary>
    public static TheoryData<string, string, string> Localizers
    {
        get
        {
            var root = Repository.Root();
            var data = new TheoryData<string, string, string> { { "src/UnionHome.Web/Components", "L", "src/UnionHome.Web/Resources/SharedResource.resx" } };
            foreach (var module in Directory.GetDirectories(Path.Combine(root, "src", "Modules")).Order(StringComparer.Ordinal))
            {
                var resources = Directory.GetFiles(Path.Combine(module, "Resources"), "*.resx").Where(f => !Path.GetFileName(f).Contains(".en.", StringComparison.Ordinal)).ToList();
                resources.Count.ShouldBe(1, $"{module} has one neutral resource");
                data.Add(Path.GetRelativePath(root, module), "T", Path.GetRelativePath(root, resources[0]));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Localizers))]
    public void Every_key_a_page_uses_is_in_its_resources(string pages, string localizer, string resources)
    {
        var root = Repository.Root();
        var known = XDocument.Load(Path.Combine(root, resources)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var keyUse = new Regex($@"\b{localizer}\[""([^""]+)""");

        var missing = Directory.EnumerateFiles(Path.Combine(root, pages), "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => keyUse.Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Groups[1].Value}"))
            .Where(use => !known.Contains(use[(use.IndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .Distinct()
            .ToList();

        missing.ShouldBeEmpty();
    }

}
