namespace PerfEval.Domain.Publication;

/// <summary>A fixed last day, e.g. a province's “部门决算于10月31日前公开”.</summary>
public sealed record FixedDateRule(DateOnly Date) : DeadlineRule
{
    public override DueDateResult Resolve(DateOnly? approvalDate, HolidayCalendar calendar) => DueDateResult.Known(Date);
}
