using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class CalendarDaysAfterApprovalRuleTests
{
    [Theory]
    [InlineData("2024-06-10", "2024-06-30")]
    [InlineData("2024-09-20", "2024-10-10")]  // runs through 国庆 without moving: the law counts days
    [InlineData("2024-12-20", "2025-01-09")]
    public void Twenty_days_after_the_批复_not_counting_the_day_itself(string approved, string due)
    {
        var rule = new CalendarDaysAfterApprovalRule(20);

        Assert.Equal(DueDateResult.Known(DateOnly.Parse(due)), rule.Resolve(DateOnly.Parse(approved), HolidayCalendar.Empty));
    }

    [Fact]
    public void Without_a_recorded_批复_the_due_date_is_unknown()
    {
        Assert.Equal(DueDateResult.Unknown(DueDateGap.ApprovalDateMissing), new CalendarDaysAfterApprovalRule(20).Resolve(null, OfficialHolidayCalendars.China));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_number_of_days_must_be_positive(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarDaysAfterApprovalRule(days));
    }
}
