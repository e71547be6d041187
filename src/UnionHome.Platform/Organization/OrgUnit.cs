namespace UnionHome.Platform.Organization;

/// <summary>A union in the tree: a federation at some level or a grassroots union.</summary>
public sealed class OrgUnit
{
    private OrgUnit()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Stable, human-typeable code used by the CLI and imports, e.g. ZJ-ZS-HY.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public OrgUnitKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>GB/T 2260 code of the region the union covers or sits in.</summary>
    public string RegionCode { get; private set; } = "";

    /// <summary>The union's own unified social credit code (begins with 81), where it has one.</summary>
    public string? CreditCode { get; private set; }

    /// <summary>Materialized path of ids from the root, e.g. "/a/b/c/": a subtree is a prefix match.</summary>
    public string Path { get; private set; } = "";

    public int Depth { get; private set; }

    public static OrgUnit CreateRoot(Guid id, string code, string name, OrgUnitKind kind, string regionCode, string? creditCode) =>
        new()
        {
            Id = id,
            Code = code,
            Name = name,
            Kind = kind,
            RegionCode = regionCode,
            CreditCode = creditCode,
            Path = $"/{id:N}/",
            Depth = 0,
        };

    public OrgUnit AddChild(Guid id, string code, string name, OrgUnitKind kind, string regionCode, string? creditCode) =>
        new()
        {
            Id = id,
            Code = code,
            Name = name,
            Kind = kind,
            ParentId = Id,
            RegionCode = regionCode,
            CreditCode = creditCode,
            Path = $"{Path}{id:N}/",
            Depth = Depth + 1,
        };

    public bool Contains(OrgUnit other) => OrgScope.IsWithin(other.Path, Path);
}
