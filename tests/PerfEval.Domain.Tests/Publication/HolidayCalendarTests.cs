using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class HolidayCalendarTests
{
    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd");

    // A made-up year: 2030-05-01 (Wednesday) to 05-03 off, Saturday 2030-05-04 worked in exchange.
    private static readonly HolidayCalendar Sample = new([2030],
    [
        new(D("2030-05-01"), CalendarDayKind.Holiday), new(D("2030-05-02"), CalendarDayKind.Holiday),
        new(D("2030-05-03"), CalendarDayKind.Holiday), new(D("2030-05-04"), CalendarDayKind.Workday),
    ]);

    [Theory]
    [InlineData("2030-04-30", true)]   // Tuesday
    [InlineData("2030-05-01", false)]  // holiday
    [InlineData("2030-05-04", true)]   // make-up Saturday
    [InlineData("2030-05-05", false)]  // ordinary Sunday
    [InlineData("2030-05-06", true)]
    public void Weekdays_work_unless_a_holiday_weekends_rest_unless_a_make_up_day(string date, bool working)
    {
        Assert.Equal(working, Sample.IsWorkingDay(D(date)));
    }

    [Fact]
    public void An_uncovered_year_has_no_answer()
    {
        Assert.Null(Sample.IsWorkingDay(D("2031-01-06")));
        Assert.False(Sample.Covers(D("2029-12-31")));
        Assert.Null(HolidayCalendar.Empty.IsWorkingDay(D("2030-05-06")));
    }

    [Theory]
    [InlineData("2030-04-29", 1, "2030-04-30")]
    [InlineData("2030-04-29", 2, "2030-05-04")]  // skips the holiday, counts the make-up Saturday
    [InlineData("2030-04-29", 3, "2030-05-06")]
    [InlineData("2030-05-04", 1, "2030-05-06")]  // the start day is never counted
    public void Adding_working_days_starts_the_day_after(string start, int count, string expected)
    {
        Assert.Equal(D(expected), Sample.AddWorkingDays(D(start), count));
    }

    [Fact]
    public void Counting_into_an_uncovered_year_gives_no_date()
    {
        Assert.Null(Sample.AddWorkingDays(D("2030-12-20"), 20));
        Assert.Equal(D("2030-12-31"), Sample.AddWorkingDays(D("2030-12-20"), 7));
    }

    [Fact]
    public void A_make_up_working_day_on_a_weekday_or_a_date_listed_twice_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new HolidayCalendar([2030], [new(D("2030-05-06"), CalendarDayKind.Workday)]));
        Assert.Throws<ArgumentException>(() => new HolidayCalendar([2030], [new(D("2030-05-04"), CalendarDayKind.Workday), new(D("2030-05-04"), CalendarDayKind.Holiday)]));
    }

    [Fact]
    public void A_calendar_loads_from_a_list_of_dates_with_their_kind()
    {
        var calendar = HolidayCalendar.FromJson("""
            { "years": [2030],
              "days": [ { "date": "2030-05-01", "kind": "holiday" }, { "date": "2030-05-04", "kind": "workday" } ] }
            """);

        Assert.Equal([2030], calendar.CoveredYears);
        Assert.False(calendar.IsWorkingDay(D("2030-05-01")));
        Assert.True(calendar.IsWorkingDay(D("2030-05-04")));
    }

    [Theory]
    [InlineData("""{ "years": [2030], "days": [ { "date": "2030-05-01", "kind": "vacation" } ] }""")]
    [InlineData("""{ "years": [2030], "days": [ { "date": "2030-05-06", "kind": "workday" } ] }""")]
    [InlineData("""{ "years": [2030], "days": [ { "date": "2030-13-01", "kind": "holiday" } ] }""")]
    [InlineData("""{ "years": [2030], "days": [], "extra": 1 }""")]
    [InlineData("""{ "days": [] }""")]
    [InlineData("[]")]
    public void Malformed_calendar_data_is_a_format_error(string json)
    {
        Assert.Throws<FormatException>(() => HolidayCalendar.FromJson(json));
    }

    [Fact]
    public void Combined_calendars_cover_both_years()
    {
        var other = new HolidayCalendar([2031], [new(D("2031-01-01"), CalendarDayKind.Holiday)]);

        var combined = Sample.Combine(other);

        Assert.Equal([2030, 2031], combined.CoveredYears);
        Assert.False(combined.IsWorkingDay(D("2031-01-01")));
        Assert.False(combined.IsWorkingDay(D("2030-05-02")));
    }

    [Fact]
    public void Calendars_that_disagree_about_a_date_cannot_be_combined()
    {
        var other = new HolidayCalendar([2030], [new(D("2030-05-04"), CalendarDayKind.Holiday)]);

        Assert.Throws<ArgumentException>(() => Sample.Combine(other));
    }
}
