namespace PerfEval.Domain.Publication;

/// <summary>
/// N calendar days after the 批复 (预算法 §14: “批复后二十日内”). The day of the 批复 is not counted, so 批复 on
/// 06-10 with 20 days gives 06-30. The last day is not moved off weekends or holidays: the law counts 日, not 工作日.
/// </summary>
public sealed record CalendarDaysAfterApprovalRule : DeadlineRule
{
    public CalendarDaysAfterApprovalRule(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        Days = days;
    }

    public int Days { get; }

    public override DueDateResult Resolve(DateOnly? approvalDate, HolidayCalendar calendar) =>
        approvalDate is { } approved ? DueDateResult.Known(approved.AddDays(Days)) : DueDateResult.Unknown(DueDateGap.ApprovalDateMissing);
}
