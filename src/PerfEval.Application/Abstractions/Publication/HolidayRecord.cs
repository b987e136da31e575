namespace PerfEval.Application.Abstractions;

public sealed record HolidayRecord(DateOnly Day, int Year, string Kind, string Source, DateTimeOffset LoadedAt)
{
    private HolidayRecord() : this(default, 0, "", "", default) { }
}
