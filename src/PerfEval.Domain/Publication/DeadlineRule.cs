namespace PerfEval.Domain.Publication;

/// <summary>
/// How the publication deadline of a report year is set. The approval date is the 批复 the reporting entity's
/// duty runs from: for a 部门, the finance department's 决算批复 (预算法 §14); for a 单位, its department's 批复
/// (预算法实施条例). Both give 20 days.
/// </summary>
public abstract record DeadlineRule
{
    /// <summary>The last day on which publication is on time.</summary>
    public abstract DueDateResult Resolve(DateOnly? approvalDate, HolidayCalendar calendar);
}
