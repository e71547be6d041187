using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace UnionHome.Platform.Data;

/// <summary>Every DateTime is UTC in the database; SQLite forgets the kind, so it is restored on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
