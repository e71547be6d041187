using UnionHome.Platform.Data;

namespace UnionHome.Cases.Data;

/// <summary>The cases tables, in the "cases" schema (prefix on SQLite).</summary>
internal sealed class CasesModel : ModuleModel
{
    public const string Module = "cases";
}
