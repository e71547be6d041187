using System.Text.RegularExpressions;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Architecture;

/// <summary>
/// The scope rule lives in one place: the caller's scope is resolved by the Actor plumbing once per request or
/// circuit, and materialized paths are read only by OrgScope. A source scan, so that a page or an endpoint that
/// reaches around the kernel fails the build's tests.
/// </summary>
public sealed partial class ScopeRulesTests
{
    private const string Organization = "src/UnionHome.Platform/Organization/";

    [Fact]
    public void Nothing_outside_the_organisation_kernel_resolves_a_scope()
    {
        Violations(ResolvesScope(), allowed: file => file.StartsWith(Organization, StringComparison.Ordinal))
            .ShouldBeEmpty("take an Actor parameter (endpoints), ActorAsync() (console pages) or CurrentActor (other pages)");
    }

    [Fact]
    public void Only_demo_data_and_verbs_act_outside_a_request()
    {
        Violations(
                ActsOutsideRequest(),
                allowed: file => file.StartsWith(Organization, StringComparison.Ordinal) || file.Contains("/Demo/", StringComparison.Ordinal) || file.Contains("/Cli/", StringComparison.Ordinal))
            .ShouldBeEmpty("a request or a circuit already has its Actor");
    }

    [Fact]
    public void Endpoints_take_the_actor_not_the_claims_principal()
    {
        Violations(ClaimsPrincipal(), allowed: file => file.StartsWith("src/UnionHome.Platform/Identity/", StringComparison.Ordinal))
            .ShouldBeEmpty("take an Actor parameter");
    }

    [Fact]
    public void No_org_unit_path_is_compared_or_parsed_outside_OrgScope()
    {
        // The OpenAPI operation ids are built from URL routes, which are not unit paths.
        Violations(ReadsPath(), allowed: file => file == Organization + "OrgScope.cs" || file == "src/UnionHome.Web/Hosting/OpenApiOperations.cs")
            .ShouldBeEmpty("use actor.Manages, VisibleTo, InScopeOf, AtOrAbove, OrgUnit.Contains, OrgScope.IsWithin or OrgScope.ChainOf");
    }

    [Fact]
    public void The_scan_sees_the_modules_and_the_pages()
    {
        var files = Sources().Select(f => f.Path).ToList();

        files.ShouldContain("src/Modules/UnionHome.Events/Catalogue/CreateEvent.cs");
        files.ShouldContain("src/Modules/UnionHome.Cases/Hotline/HotlinePage.razor");
        files.ShouldContain(Organization + "OrgScope.cs");
        files.ShouldNotContain(f => f.Contains("/obj/", StringComparison.Ordinal) || f.Contains("Migrations", StringComparison.Ordinal));
    }

    private static List<string> Violations(Regex pattern, Func<string, bool> allowed) =>
        Sources()
            .Where(f => !allowed(f.Path))
            .SelectMany(f => f.Lines.Select((line, i) => (f.Path, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(l.Text))
            .Select(l => $"{l.Path}:{l.Line}: {l.Text.Trim()}")
            .ToList();

    private static IEnumerable<(string Path, string[] Lines)> Sources()
    {
        var root = Repository.Root();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.StartsWith("src/UnionHome.Migrations.", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllLines(Path.Combine(root, f))));
    }

    [GeneratedRegex(@"\b(OrgScope|Actor)\s*\.\s*ResolveAsync\s*\(")]
    private static partial Regex ResolvesScope();

    [GeneratedRegex(@"\bActor\s*\.\s*OutsideRequestAsync\s*\(")]
    private static partial Regex ActsOutsideRequest();

    [GeneratedRegex(@"\bClaimsPrincipal\b")]
    private static partial Regex ClaimsPrincipal();

    // u.Path.StartsWith(...), memberUnionPath.StartsWith(...), u.Path == ..., path.Split('/'): the materialized path read by hand.
    [GeneratedRegex(@"(\.Path|\b\w+Path)\s*\??\.\s*(StartsWith|EndsWith|Contains|Split|IndexOf|Substring)\s*\(|\.Path\s*[!=]=|[!=]=\s*[\w.]*\.Path\b|\.Split\(\s*'/'")]
    private static partial Regex ReadsPath();
}
