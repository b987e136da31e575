using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEval.Domain.Publication;

/// <summary>
/// Working days in mainland China: Monday to Friday, except the public holidays (法定节假日) and the weekdays swapped
/// into them, plus the weekend days declared working days (调休上班). Both come from data, one notice per year; a year
/// without its notice is not covered, and counting working days into it gives no answer rather than a guess.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _days;
    private readonly SortedSet<int> _years;

    /// <param name="coveredYears">The years whose holiday arrangements are complete in <paramref name="days"/>.</param>
    /// <param name="days">The dates the notices name; a make-up working day must fall on a Saturday or Sunday.</param>
    public HolidayCalendar(IEnumerable<int> coveredYears, IEnumerable<CalendarDay> days)
    {
        _years = new SortedSet<int>(coveredYears);
        _days = [];
        foreach (var day in days)
        {
            if (day.Kind == CalendarDayKind.Workday && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                throw new ArgumentException($"{day.Date:yyyy-MM-dd} is a {day.Date.DayOfWeek}: only a weekend day can be a make-up working day.", nameof(days));
            if (_days.TryGetValue(day.Date, out var kind) && kind != day.Kind)
                throw new ArgumentException($"{day.Date:yyyy-MM-dd} is listed both as a holiday and as a working day.", nameof(days));
            _days[day.Date] = day.Kind;
        }
    }

    /// <summary>A calendar that knows no year: only usable for rules that do not count working days.</summary>
    public static HolidayCalendar Empty { get; } = new([], []);

    public IReadOnlyCollection<int> CoveredYears => _years;

    public bool Covers(DateOnly date) => _years.Contains(date.Year);

    /// <summary>Whether <paramref name="date"/> is a working day; null when its year is not covered.</summary>
    public bool? IsWorkingDay(DateOnly date)
    {
        if (!Covers(date)) return null;
        if (_days.TryGetValue(date, out var kind)) return kind == CalendarDayKind.Workday;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="start"/> (the start day itself is not
    /// counted, as a period in days begins on the next day); null when the count runs through a year not covered.
    /// </summary>
    public DateOnly? AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var date = start;
        while (count > 0)
        {
            date = date.AddDays(1);
            var working = IsWorkingDay(date);
            if (working is null) return null;
            if (working.Value) count--;
        }
        return date;
    }

    /// <summary>This calendar and <paramref name="other"/> together (for example the official calendar plus a local
    /// one); throws <see cref="ArgumentException"/> when they disagree about a date.</summary>
    public HolidayCalendar Combine(HolidayCalendar other) =>
        new(_years.Concat(other._years), _days.Concat(other._days).Select(d => new CalendarDay(d.Key, d.Value)));

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record JsonCalendar(IReadOnlyList<int>? Years, IReadOnlyList<JsonDay>? Days);

    private sealed record JsonDay(DateOnly Date, string Kind);

    /// <summary>
    /// Reads <c>{"years": [2024], "days": [{"date": "2024-02-10", "kind": "holiday"}, {"date": "2024-02-04", "kind": "workday"}]}</c>.
    /// </summary>
    /// <exception cref="FormatException">The JSON does not have that shape, or a kind is neither holiday nor workday.</exception>
    public static HolidayCalendar FromJson(string json)
    {
        JsonCalendar? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<JsonCalendar>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Holiday calendar: {e.Message}", e);
        }
        if (parsed?.Years is null || parsed.Days is null) throw new FormatException("Holiday calendar: \"years\" and \"days\" are required.");
        var days = parsed.Days.Select(d => new CalendarDay(d.Date, d.Kind switch
        {
            "holiday" => CalendarDayKind.Holiday,
            "workday" => CalendarDayKind.Workday,
            _ => throw new FormatException($"Holiday calendar: {d.Date:yyyy-MM-dd} has kind '{d.Kind}', expected holiday or workday."),
        }));
        try
        {
            return new HolidayCalendar(parsed.Years, days.ToList());
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Holiday calendar: {e.Message}", e);
        }
    }
}
