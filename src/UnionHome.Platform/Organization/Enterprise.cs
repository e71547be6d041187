namespace UnionHome.Platform.Organization;

/// <summary>An employer; its grassroots union, if it has one, is an org unit.</summary>
public sealed class Enterprise
{
    private Enterprise()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Unified social credit code (GB 32100), normalised.</summary>
    public string CreditCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public string? Industry { get; private set; }

    public Guid? UnionId { get; private set; }

    public static Enterprise Create(Guid id, string creditCode, string name, string regionCode, string? industry, Guid? unionId) =>
        new() { Id = id, CreditCode = creditCode, Name = name, RegionCode = regionCode, Industry = industry, UnionId = unionId };
}
