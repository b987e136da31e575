using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class DeadlineScheduleTests
{
    private static readonly string[] LingLing = ["431102", "431100", "430000"];
    private static readonly string[] Hengshan = ["430423", "430400", "430000"];
    private static readonly string[] Haizhu = ["440105", "440100", "440000"];

    private static readonly DeadlineSchedule Schedule = new(
    [
        new(null, null, new CalendarDaysAfterApprovalRule(20), "预算法 §14"),
        new("430000", null, new WorkingDaysAfterApprovalRule(20), "政府信息公开条例 §26"),
        new("430000", 2024, new FixedDateRule(new DateOnly(2025, 10, 31)), "provincial notice"),
        new("430400", null, new CalendarDaysAfterApprovalRule(15), "city rule"),
    ]);

    [Fact]
    public void The_most_specific_region_wins_then_the_exact_year()
    {
        Assert.Equal("city rule", Schedule.Find(Hengshan, 2024)!.Basis);
        Assert.Equal("provincial notice", Schedule.Find(LingLing, 2024)!.Basis);
        Assert.Equal("政府信息公开条例 §26", Schedule.Find(LingLing, 2023)!.Basis);
        Assert.Equal("预算法 §14", Schedule.Find(Haizhu, 2024)!.Basis);
    }

    [Fact]
    public void Without_any_applicable_rule_the_due_date_is_unknown()
    {
        var provincialOnly = new DeadlineSchedule([new("430000", null, new CalendarDaysAfterApprovalRule(20), "x")]);

        Assert.Null(provincialOnly.Find(Haizhu, 2024));
        Assert.Equal(DueDateResult.Unknown(DueDateGap.NoRule), provincialOnly.DueDate(Haizhu, 2024, new DateOnly(2025, 6, 1), HolidayCalendar.Empty));
    }

    [Fact]
    public void The_default_is_twenty_calendar_days_nationally()
    {
        Assert.Equal(new DateOnly(2025, 6, 21), Schedule.DueDate(Haizhu, 2024, new DateOnly(2025, 6, 1), HolidayCalendar.Empty).Date);
        Assert.Equal(new DateOnly(2025, 6, 21), DeadlineSchedule.Default.DueDate(Haizhu, 2024, new DateOnly(2025, 6, 1), HolidayCalendar.Empty).Date);
        Assert.Contains("预算法 §14", DeadlineSchedule.Default.Entries.Single().Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictory_or_incomplete_entries_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new DeadlineSchedule([new("430000", null, new FixedDateRule(new DateOnly(2025, 10, 31)), "x")]));
        Assert.Throws<ArgumentException>(() => new DeadlineSchedule([new("430000", 2024, new CalendarDaysAfterApprovalRule(20), " ")]));
        Assert.Throws<ArgumentException>(() => new DeadlineSchedule(
        [
            new("430000", 2024, new CalendarDaysAfterApprovalRule(20), "a"),
            new("430000", 2024, new WorkingDaysAfterApprovalRule(20), "b"),
        ]));
    }

    [Fact]
    public void Rules_load_from_json()
    {
        var schedule = DeadlineSchedule.FromJson("""
            [
              { "region": null, "rule": "calendarDaysAfterApproval", "days": 20, "basis": "预算法 §14" },
              { "region": "430000", "fiscalYear": 2024, "rule": "workingDaysAfterApproval", "days": 20, "basis": "政府信息公开条例 §26" },
              { "region": "420000", "fiscalYear": 2024, "rule": "fixedDate", "date": "2025-10-31", "basis": "部门决算 10月31日前" }
            ]
            """);

        Assert.Equal(new CalendarDaysAfterApprovalRule(20), schedule.Find(Haizhu, 2024)!.Rule);
        Assert.Equal(new WorkingDaysAfterApprovalRule(20), schedule.Find(LingLing, 2024)!.Rule);
        Assert.Equal(new FixedDateRule(new DateOnly(2025, 10, 31)), schedule.Find(["420100", "420000"], 2024)!.Rule);
    }

    [Theory]
    [InlineData("""[ { "rule": "calendarDaysAfterApproval", "basis": "x" } ]""")]
    [InlineData("""[ { "rule": "calendarDaysAfterApproval", "days": 0, "basis": "x" } ]""")]
    [InlineData("""[ { "rule": "fixedDate", "fiscalYear": 2024, "basis": "x" } ]""")]
    [InlineData("""[ { "rule": "fixedDate", "date": "2025-10-31", "basis": "x" } ]""")]
    [InlineData("""[ { "rule": "monthly", "days": 3, "basis": "x" } ]""")]
    [InlineData("""[ { "rule": "calendarDaysAfterApproval", "days": 20 } ]""")]
    [InlineData("""[ { "rule": "calendarDaysAfterApproval", "days": 20, "basis": "x", "when": "now" } ]""")]
    [InlineData("""{ }""")]
    public void Malformed_rules_are_a_format_error(string json)
    {
        Assert.Throws<FormatException>(() => DeadlineSchedule.FromJson(json));
    }
}
