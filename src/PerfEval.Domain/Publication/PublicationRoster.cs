namespace PerfEval.Domain.Publication;

/// <summary>The publication status of every expected report on a roster, as of one instant.</summary>
public static class PublicationRoster
{
    public static IReadOnlyList<RosterStatus> Assess(IEnumerable<RosterEntry> roster, DeadlineSchedule schedule, HolidayCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(calendar);
        return roster.Select(entry =>
        {
            var rule = schedule.Find(entry.RegionChain, entry.FiscalYear);
            var due = rule?.Rule.Resolve(entry.ApprovalDate, calendar) ?? DueDateResult.Unknown(DueDateGap.NoRule);
            return new RosterStatus(entry, rule, PublicationStatusCalculator.Assess(due, entry.State, entry.FirstPublishedAt, now));
        }).ToList();
    }
}
