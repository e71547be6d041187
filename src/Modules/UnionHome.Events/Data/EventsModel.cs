using UnionHome.Platform.Data;

namespace UnionHome.Events.Data;

/// <summary>The events tables, in the "events" schema (prefix on SQLite).</summary>
internal sealed class EventsModel : ModuleModel
{
    public const string Module = "events";
}
