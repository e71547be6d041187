using System.Text.Json;
using System.Text.Json.Serialization;

namespace UnionHome.Platform.Api;

/// <summary>
/// How the API spells JSON, in one place for HTTP bodies and hub messages: enums as camelCase names, timestamps in
/// UTC with a trailing Z.
/// </summary>
public static class WireJson
{
    /// <summary>The web defaults with the API's spelling, for code that reads or writes API bodies itself.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Apply(JsonSerializerOptions options)
    {
        // Reading takes any case, and still takes the numbers clients sent before enums went out as names.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: true));
        options.Converters.Add(new UtcDateTimeOffsetConverter());
    }

    /// <summary>An enum value as the API spells it, for responses that carry it as a plain string.</summary>
    public static string NameOf<T>(T value)
        where T : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Instants go out as UTC, like every DateTime of the API ("…Z", not "…+00:00" or "…+08:00").</summary>
    private sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime);
    }
}
