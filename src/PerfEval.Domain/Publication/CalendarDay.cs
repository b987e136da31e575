namespace PerfEval.Domain.Publication;

/// <summary>One date a holiday notice names, and whether it is a day off or a make-up working day.</summary>
public readonly record struct CalendarDay(DateOnly Date, CalendarDayKind Kind);
