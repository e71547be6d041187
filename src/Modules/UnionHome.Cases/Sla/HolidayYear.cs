using System.Text.Json;

namespace UnionHome.Cases.Sla;

/// <summary>A public holiday as the State Council notice gives it: a name and the days off, both ends included.</summary>
internal sealed record Holiday(string Name, DateOnly From, DateOnly To);

/// <summary>
/// One year of the State Council's holiday notice (国务院办公厅关于某年部分节假日安排的通知): the days off (放假) and
/// the weekend days worked in exchange (调休上班). Shipped as Sla/Holidays/{year}.json, one file per notice.
/// </summary>
internal sealed record HolidayYear(int Year, string Source, IReadOnlyList<Holiday> Holidays, IReadOnlyList<DateOnly> WorkingWeekends)
{
    private const string ResourcePrefix = "UnionHome.Cases.Holidays.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyList<HolidayYear>> Embedded = new(LoadEmbeddedYears);

    /// <summary>Every year shipped in the assembly, parsed once.</summary>
    public static IReadOnlyList<HolidayYear> AllEmbedded => Embedded.Value;

    public static HolidayYear Parse(Stream json, string name)
    {
        var year = JsonSerializer.Deserialize<HolidayYear>(json, Json)
            ?? throw new InvalidDataException($"{name} is empty.");
        if (year.Holidays is null || year.WorkingWeekends is null || string.IsNullOrWhiteSpace(year.Source))
        {
            throw new InvalidDataException($"{name} needs a source, holidays and workingWeekends.");
        }

        if (year.Holidays.FirstOrDefault(h => h.To < h.From) is { } backwards)
        {
            throw new InvalidDataException($"{name}: {backwards.Name} ends before it starts.");
        }

        // A working day on a weekday is no adjustment at all: such a date in the file is a typo.
        if (year.WorkingWeekends.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList() is [var weekday, ..])
        {
            throw new InvalidDataException($"{name}: {weekday:yyyy-MM-dd} is listed as a working weekend but is a {weekday.DayOfWeek}.");
        }

        return year;
    }

    private static List<HolidayYear> LoadEmbeddedYears()
    {
        var assembly = typeof(HolidayYear).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n =>
                {
                    using var stream = assembly.GetManifestResourceStream(n)!;
                    return Parse(stream, n);
                }),
        ];
    }
}
