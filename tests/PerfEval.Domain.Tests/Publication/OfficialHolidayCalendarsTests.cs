using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class OfficialHolidayCalendarsTests
{
    private static readonly HolidayCalendar China = OfficialHolidayCalendars.China;

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd");

    [Fact]
    public void The_notices_for_2022_to_2026_are_shipped_each_named()
    {
        Assert.Equal([2022, 2023, 2024, 2025, 2026], OfficialHolidayCalendars.Notices.Select(n => n.Year));
        Assert.All(OfficialHolidayCalendars.Notices, n => Assert.Equal($"国务院办公厅关于{n.Year}年部分节假日安排的通知", n.Title));
        Assert.All(OfficialHolidayCalendars.Notices, n => Assert.True(n.IssuedOn.Year == n.Year - 1));
        Assert.Equal([2022, 2023, 2024, 2025, 2026], China.CoveredYears);
    }

    [Fact]
    public void Every_make_up_working_day_is_a_weekend_day_and_no_year_is_guessed()
    {
        Assert.All(OfficialHolidayCalendars.Notices.SelectMany(n => n.Days).Where(d => d.Kind == CalendarDayKind.Workday),
            d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, d.Date.ToString()));
        Assert.Null(China.IsWorkingDay(D("2027-01-04")));
        Assert.Null(China.IsWorkingDay(D("2021-12-31")));
    }

    [Theory]
    // Days off = the sum of each notice's “共N天”; working days = the weekend days it lists as 上班.
    [InlineData(2022, 3 + 7 + 3 + 5 + 3 + 3 + 7, 7)]
    [InlineData(2023, 3 + 7 + 1 + 5 + 3 + 8, 7)]
    [InlineData(2024, 1 + 8 + 3 + 5 + 1 + 3 + 7, 8)]
    [InlineData(2025, 1 + 8 + 3 + 5 + 3 + 8, 5)]
    [InlineData(2026, 3 + 9 + 3 + 5 + 3 + 3 + 7, 6)]
    public void Each_notice_has_as_many_days_off_as_it_states(int year, int daysOff, int makeUpDays)
    {
        var notice = OfficialHolidayCalendars.Notices.Single(n => n.Year == year);

        Assert.Equal(daysOff, notice.Days.Count(d => d.Kind == CalendarDayKind.Holiday));
        Assert.Equal(makeUpDays, notice.Days.Count(d => d.Kind == CalendarDayKind.Workday));
    }

    [Theory]
    // Days off, with the weekdays swapped into them.
    [InlineData("2022-02-04", false)]
    [InlineData("2023-01-02", false)]
    [InlineData("2023-09-29", false)]
    [InlineData("2024-02-16", false)]
    [InlineData("2024-09-16", false)]
    [InlineData("2025-10-08", false)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-01-02", false)]
    // Weekend days worked in exchange (调休上班).
    [InlineData("2022-10-08", true)]
    [InlineData("2023-06-25", true)]
    [InlineData("2024-02-04", true)]
    [InlineData("2024-10-12", true)]
    [InlineData("2025-02-08", true)]
    [InlineData("2025-09-28", true)]
    [InlineData("2026-01-04", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-09-20", true)]
    // Ordinary days.
    [InlineData("2024-10-08", true)]
    [InlineData("2024-10-13", false)]
    [InlineData("2025-02-05", true)]
    public void The_official_arrangements_decide_working_days(string date, bool working)
    {
        Assert.Equal(working, China.IsWorkingDay(D(date)));
    }

    [Fact]
    public void Twenty_working_days_from_just_before_national_day_2024_run_past_the_holiday()
    {
        // 批复 on Friday 2024-09-27: Sunday 09-29 (1) and Monday 09-30 (2) count, 10-01 to 10-07 are off,
        // 10-08 to 10-11 (3-6), Saturday 10-12 is worked (7), then 10-14 to 10-30 on weekdays (8-20).
        Assert.Equal(D("2024-10-30"), China.AddWorkingDays(D("2024-09-27"), 20));
    }
}
