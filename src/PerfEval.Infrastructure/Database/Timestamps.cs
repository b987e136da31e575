using System.Globalization;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// Instants are stored as fixed-width ISO 8601 UTC text in every dialect: identical across providers, sortable as
/// text, and free of each driver's own date-time conversions.
/// </summary>
public static class Timestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToDb(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? ToDb(DateTimeOffset? value) => value is { } v ? ToDb(v) : null;

    public static DateTimeOffset FromDb(string value) =>
        DateTimeOffset.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? FromDbNullable(string? value) => value is null ? null : FromDb(value);
}
