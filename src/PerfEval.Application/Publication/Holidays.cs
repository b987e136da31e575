using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Publication;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Publication;

public sealed record HolidayDay(DateOnly Date, string Kind);

/// <summary>
/// Loads one year's 法定节假日 and 调休 working days (admin), e.g. when the 国务院办公厅 notice for a new year is
/// issued; it replaces that year of the built-in calendar. Working-day deadlines are recomputed everywhere.
/// </summary>
public sealed record LoadHolidayYear(int Year, [property: FreeText(TextKind.Line)] string? Source, IReadOnlyList<HolidayDay>? Days) : ICommand<HolidayYear>, IValidatable, ITransactional, IRequiresRole
{
    public const int MaxDays = 120;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate()
    {
        if (Year is < 1990 or > 2100) yield return new("/year", "year must be between 1990 and 2100.");
        if (string.IsNullOrWhiteSpace(Source) || Source.Length > 400) yield return new("/source", "source (the notice's title) is required, at most 400 characters.");
        if (Days is null || Days.Count is 0 or > MaxDays) { yield return new("/days", $"days must list 1 to {MaxDays} dates."); yield break; }
        for (var i = 0; i < Days.Count; i++)
        {
            var day = Days[i];
            if (day.Date.Year != Year) yield return new($"/days/{i}/date", $"The date is not in {Year}.");
            if (day.Kind is not ("holiday" or "workday")) yield return new($"/days/{i}/kind", "kind must be holiday or workday.");
            else if (day.Kind == "workday" && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                yield return new($"/days/{i}/kind", "Only a Saturday or Sunday can be a make-up working day.");
        }
        if (Days.GroupBy(d => d.Date).Any(g => g.Count() > 1)) yield return new("/days", "A date is listed twice.");
    }
}

public sealed record HolidayYear(int Year, string Source, IReadOnlyList<HolidayDay> Days);

public sealed class LoadHolidayYearHandler(IHolidayRepository holidays, FollowUps followUps, IClock clock) : ICommandHandler<LoadHolidayYear, HolidayYear>
{
    public async ValueTask<HolidayYear> Handle(LoadHolidayYear command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var days = command.Days!.OrderBy(d => d.Date).ToList();
        await holidays.ReplaceYearAsync(command.Year, days.Select(d => new HolidayRecord(d.Date, command.Year, d.Kind, command.Source!.Trim(), now)).ToList(), cancellationToken);
        await followUps.DeadlinesChangedAsync(null, now, cancellationToken);
        return new HolidayYear(command.Year, command.Source!.Trim(), days);
    }
}

/// <summary>The holiday calendar in force: the official notices built in, and the years an admin loaded instead.</summary>
public static class EffectiveHolidayCalendar
{
    public static HolidayCalendar Of(IReadOnlyList<HolidayRecord> loaded)
    {
        var loadedYears = loaded.Select(d => d.Year).ToHashSet();
        var official = OfficialHolidayCalendars.Notices.Where(n => !loadedYears.Contains(n.Year)).ToList();
        return new HolidayCalendar(
            official.Select(n => n.Year).Concat(loadedYears),
            official.SelectMany(n => n.Days).Concat(loaded.Select(d => new CalendarDay(d.Day, d.Kind == "workday" ? CalendarDayKind.Workday : CalendarDayKind.Holiday))));
    }
}
