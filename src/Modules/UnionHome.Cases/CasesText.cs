namespace UnionHome.Cases;

/// <summary>Anchor type for the strings in Resources/CasesText.*.resx.</summary>
internal sealed class CasesText;
