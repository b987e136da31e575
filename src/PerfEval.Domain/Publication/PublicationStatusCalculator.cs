namespace PerfEval.Domain.Publication;

/// <summary>
/// Computes the publication status of a report year from its due date, its workflow state and its first
/// publication.
/// <para>
/// Timeliness is judged on the first publication: the duty to disclose (预算法 §14) was met the day the report first
/// became public, and a later correction (retract, new version, publish again) neither makes an on-time disclosure
/// late nor a late one on time. While a report is retracted, or back in review after a retraction, nothing is public,
/// so it counts as not published: in progress before the due date, overdue after it, until it is published again.
/// </para>
/// </summary>
public static class PublicationStatusCalculator
{
    /// <param name="due">The due date, or why it is unknown; an unknown due date never makes a report overdue.</param>
    /// <param name="state">The report year's workflow state; null when no version exists.</param>
    /// <param name="firstPublishedAt">When the report year was first published, if ever; required when <paramref name="state"/> is published.</param>
    /// <param name="now">The current instant (injected so that results are reproducible).</param>
    public static PublicationAssessment Assess(DueDateResult due, WorkflowState? state, DateTimeOffset? firstPublishedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (state == WorkflowState.Published)
        {
            if (firstPublishedAt is not { } published)
                throw new ArgumentException("A published report must have a first publication instant.", nameof(firstPublishedAt));
            var publishedOn = ChinaStandardTime.DateOf(published);
            if (due.Date is not { } dueDate) return new(PublicationStatus.PublishedUndated, null, due.Gap, publishedOn, null);
            var late = publishedOn.DayNumber - dueDate.DayNumber;
            return late > 0
                ? new(PublicationStatus.PublishedLate, dueDate, null, publishedOn, late)
                : new(PublicationStatus.PublishedOnTime, dueDate, null, publishedOn, 0);
        }

        var today = ChinaStandardTime.DateOf(now);
        if (due.Date is { } d && today > d) return new(PublicationStatus.Overdue, d, null, null, today.DayNumber - d.DayNumber);
        return new(state is null ? PublicationStatus.NotSubmitted : PublicationStatus.InProgress, due.Date, due.Gap, null, null);
    }
}
