namespace PerfEval.Domain.Publication;

/// <summary>
/// N working days after the 批复 (政府信息公开条例 §26: “20个工作日内”), counted with a <see cref="HolidayCalendar"/>:
/// holidays are skipped and 调休 make-up weekend days count. The day of the 批复 is not counted.
/// </summary>
public sealed record WorkingDaysAfterApprovalRule : DeadlineRule
{
    public WorkingDaysAfterApprovalRule(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        Days = days;
    }

    public int Days { get; }

    public override DueDateResult Resolve(DateOnly? approvalDate, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (approvalDate is not { } approved) return DueDateResult.Unknown(DueDateGap.ApprovalDateMissing);
        return calendar.AddWorkingDays(approved, Days) is { } due ? DueDateResult.Known(due) : DueDateResult.Unknown(DueDateGap.CalendarNotCovered);
    }
}
