namespace PerfEval.Domain.Publication;

/// <summary>What a holiday notice says about a date.</summary>
public enum CalendarDayKind
{
    /// <summary>放假: a day off, including the weekdays swapped into a holiday (调休).</summary>
    Holiday,
    /// <summary>上班: a Saturday or Sunday that is a working day in exchange (调休补班).</summary>
    Workday,
}
