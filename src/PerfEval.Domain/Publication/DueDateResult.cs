namespace PerfEval.Domain.Publication;

/// <summary>The last day (in China Standard Time) on which publication is on time, or why it is not known.</summary>
public sealed record DueDateResult(DateOnly? Date, DueDateGap? Gap)
{
    public static DueDateResult Known(DateOnly date) => new(date, null);

    public static DueDateResult Unknown(DueDateGap gap) => new(null, gap);
}
