using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class WorkingDaysAfterApprovalRuleTests
{
    private static readonly WorkingDaysAfterApprovalRule Rule = new(20);

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd");

    [Fact]
    public void A_weekday_holiday_adds_a_day()
    {
        // 批复 Monday 2024-06-03: 06-04 to 07-02 has 21 weekdays, one of them 端午 (Monday 06-10).
        Assert.Equal(DueDateResult.Known(D("2024-07-02")), Rule.Resolve(D("2024-06-03"), OfficialHolidayCalendars.China));
    }

    [Fact]
    public void Spring_festival_2026_is_skipped_and_its_make_up_saturday_counts()
    {
        // 批复 Thursday 2026-02-12: 02-13 (1), Saturday 02-14 worked (2), 02-15..02-23 off, 02-24..02-27 (3-6),
        // Saturday 02-28 worked (7), then 03-02..03-18 on weekdays (8-20).
        Assert.Equal(DueDateResult.Known(D("2026-03-18")), Rule.Resolve(D("2026-02-12"), OfficialHolidayCalendars.China));
    }

    [Fact]
    public void Without_a_recorded_批复_the_due_date_is_unknown()
    {
        Assert.Equal(DueDateResult.Unknown(DueDateGap.ApprovalDateMissing), Rule.Resolve(null, OfficialHolidayCalendars.China));
    }

    [Fact]
    public void Counting_into_a_year_without_its_notice_gives_no_due_date()
    {
        Assert.Equal(DueDateResult.Unknown(DueDateGap.CalendarNotCovered), Rule.Resolve(D("2026-12-20"), OfficialHolidayCalendars.China));
    }

    [Fact]
    public void The_number_of_days_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingDaysAfterApprovalRule(0));
    }
}
