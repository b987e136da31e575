using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

/// <summary>
/// The scenario: a Hunan roster for fiscal year 2023 under a 20-working-day rule, seen on 2024-11-15.
/// The 决算批复 of 2024-09-27 (a Friday just before 国庆) gives 2024-10-30: the holiday 10-01 to 10-07 is skipped
/// and the make-up days Sunday 09-29 and Saturday 10-12 count.
/// </summary>
public sealed class PublicationRosterTests
{
    private static readonly string[] Hunan = ["430000"];
    private static readonly DateOnly BeforeNationalDay = new(2024, 9, 27);
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2024-11-15T10:00:00+08:00");

    private static readonly DeadlineSchedule Schedule = new(
    [
        new("430000", 2023, new WorkingDaysAfterApprovalRule(20), "政府信息公开条例 §26"),
    ]);

    private static RosterEntry Entry(string agency, string regionCode) => new(agency, 2023, [regionCode, .. Hunan]);

    private static readonly RosterEntry[] Roster =
    [
        Entry("lingling-sfj", "431102") with { ApprovalDate = BeforeNationalDay, State = WorkflowState.Published, FirstPublishedAt = DateTimeOffset.Parse("2024-10-30T15:30:00Z") },
        Entry("hengshan-sfj", "430423") with { ApprovalDate = BeforeNationalDay, State = WorkflowState.Published, FirstPublishedAt = DateTimeOffset.Parse("2024-10-30T16:30:00Z") },
        Entry("lusong-sfj", "430203") with { ApprovalDate = BeforeNationalDay, State = WorkflowState.Submitted },
        Entry("qidong-sfj", "430426") with { ApprovalDate = new DateOnly(2024, 11, 1) },
        Entry("hengnan-sfj", "430422") with { State = WorkflowState.Draft },
    ];

    [Fact]
    public void On_time_late_overdue_never_submitted_and_in_progress()
    {
        var statuses = PublicationRoster.Assess(Roster, Schedule, OfficialHolidayCalendars.China, Now)
            .ToDictionary(s => s.Entry.AgencyId, s => s.Assessment);

        var expected = new Dictionary<string, PublicationAssessment>
        {
            // 10-30 23:30 in China: the last day.
            ["lingling-sfj"] = new(PublicationStatus.PublishedOnTime, new(2024, 10, 30), null, new(2024, 10, 30), 0),
            // 10-31 00:30 in China (still 10-30 in UTC): one day late.
            ["hengshan-sfj"] = new(PublicationStatus.PublishedLate, new(2024, 10, 30), null, new(2024, 10, 31), 1),
            // Submitted but never published, 16 days after the due date.
            ["lusong-sfj"] = new(PublicationStatus.Overdue, new(2024, 10, 30), null, null, 16),
            // Nothing filed, but its 批复 of 11-01 gives until 11-29.
            ["qidong-sfj"] = new(PublicationStatus.NotSubmitted, new(2024, 11, 29), null, null, null),
            // A draft, and no 批复 recorded yet: no due date, so not overdue.
            ["hengnan-sfj"] = new(PublicationStatus.InProgress, null, DueDateGap.ApprovalDateMissing, null, null),
        };
        Assert.Equal(expected, statuses);
    }

    [Fact]
    public void The_rule_applied_is_reported_with_each_status()
    {
        var statuses = PublicationRoster.Assess(Roster, Schedule, OfficialHolidayCalendars.China, Now);

        Assert.All(statuses, s => Assert.Equal("政府信息公开条例 §26", s.Rule!.Basis));
    }

    [Fact]
    public void A_region_without_a_rule_gets_no_due_date()
    {
        var status = PublicationRoster.Assess([new RosterEntry("haizhu-sfj", 2023, ["440105", "440100", "440000"]) { ApprovalDate = BeforeNationalDay }],
            Schedule, OfficialHolidayCalendars.China, Now).Single();

        Assert.Null(status.Rule);
        Assert.Equal(new PublicationAssessment(PublicationStatus.NotSubmitted, null, DueDateGap.NoRule, null, null), status.Assessment);
    }

    [Fact]
    public void Counting_calendar_days_instead_the_same_roster_is_judged_against_10_17()
    {
        var statuses = PublicationRoster.Assess(Roster, DeadlineSchedule.Default, OfficialHolidayCalendars.China, Now);

        Assert.Equal(new DateOnly(2024, 10, 17), statuses[0].Assessment.DueDate);
        Assert.Equal(PublicationStatus.PublishedLate, statuses[0].Assessment.Status);
        Assert.Equal(13, statuses[0].Assessment.DaysLate);
    }
}
