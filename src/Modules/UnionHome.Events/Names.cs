using UnionHome.Events.Data;

namespace UnionHome.Events;

/// <summary>The camelCase names the API speaks for the module's enums, and the way back.</summary>
internal static class Names
{
    public static string Of(BookingStatus status) => Camel(status.ToString());

    public static string Of(EventKind kind) => Camel(kind.ToString());

    public static string Of(EventMode mode) => Camel(mode.ToString());

    public static string Of(EventStatus status) => Camel(status.ToString());

    public static string Of(SessionRequestStatus status) => Camel(status.ToString());

    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum =>
        Enum.TryParse(name, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(name, out _);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
