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
    public static TheoryData<string, string, string> Localizers => new()
    {
        { "src/UnionHome.Web/Components", "L", "src/UnionHome.Web/Resources/SharedResource.resx" },
        { "src/Modules/UnionHome.Membership", "T", "src/Modules/UnionHome.Membership/Resources/MembershipText.resx" },
        { "src/Modules/UnionHome.Events", "T", "src/Modules/UnionHome.Events/Resources/EventsText.resx" },
        { "src/Modules/UnionHome.Cases", "T", "src/Modules/UnionHome.Cases/Resources/CasesText.resx" },
    };

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
