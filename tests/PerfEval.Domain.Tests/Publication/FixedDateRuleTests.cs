using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class FixedDateRuleTests
{
    [Fact]
    public void The_date_is_the_due_date_whether_or_not_a_批复_is_recorded()
    {
        var rule = new FixedDateRule(new DateOnly(2025, 10, 31));

        Assert.Equal(DueDateResult.Known(new DateOnly(2025, 10, 31)), rule.Resolve(null, HolidayCalendar.Empty));
        Assert.Equal(DueDateResult.Known(new DateOnly(2025, 10, 31)), rule.Resolve(new DateOnly(2025, 6, 1), HolidayCalendar.Empty));
    }
}
