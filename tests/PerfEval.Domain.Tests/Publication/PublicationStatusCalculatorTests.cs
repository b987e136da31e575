using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class PublicationStatusCalculatorTests
{
    private static readonly DueDateResult Due = DueDateResult.Known(new DateOnly(2024, 10, 30));
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2024-11-15T02:00:00Z");

    private static PublicationAssessment Assess(WorkflowState? state, string? firstPublished = null, DueDateResult? due = null, DateTimeOffset? now = null) =>
        PublicationStatusCalculator.Assess(due ?? Due, state, firstPublished is null ? null : DateTimeOffset.Parse(firstPublished), now ?? Now);

    [Theory]
    [InlineData("2024-10-20T09:00:00+08:00", PublicationStatus.PublishedOnTime, 0)]
    [InlineData("2024-10-30T23:59:59+08:00", PublicationStatus.PublishedOnTime, 0)]
    [InlineData("2024-10-30T15:59:59Z", PublicationStatus.PublishedOnTime, 0)]
    [InlineData("2024-10-30T16:00:00Z", PublicationStatus.PublishedLate, 1)]   // 10-31 00:00 in China, though still 10-30 in UTC
    [InlineData("2024-11-09T10:00:00+08:00", PublicationStatus.PublishedLate, 10)]
    public void Publication_is_on_time_up_to_the_end_of_the_due_date_in_China(string firstPublished, PublicationStatus status, int daysLate)
    {
        var result = Assess(WorkflowState.Published, firstPublished);

        Assert.Equal(status, result.Status);
        Assert.Equal(daysLate, result.DaysLate);
        Assert.Equal(new DateOnly(2024, 10, 30), result.DueDate);
        Assert.Equal(ChinaStandardTime.DateOf(DateTimeOffset.Parse(firstPublished)), result.PublishedOn);
    }

    [Theory]
    [InlineData(null, PublicationStatus.NotSubmitted)]
    [InlineData(WorkflowState.Draft, PublicationStatus.InProgress)]
    [InlineData(WorkflowState.Submitted, PublicationStatus.InProgress)]
    [InlineData(WorkflowState.Returned, PublicationStatus.InProgress)]
    [InlineData(WorkflowState.Accepted, PublicationStatus.InProgress)]
    public void Before_the_deadline_nothing_or_a_draft_is_not_submitted_or_in_progress(WorkflowState? state, PublicationStatus status)
    {
        var result = Assess(state, now: DateTimeOffset.Parse("2024-10-30T23:59:00+08:00"));

        Assert.Equal(status, result.Status);
        Assert.Null(result.DaysLate);
        Assert.Equal(new DateOnly(2024, 10, 30), result.DueDate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(WorkflowState.Draft)]
    [InlineData(WorkflowState.Accepted)]
    public void After_the_deadline_anything_unpublished_is_overdue_counted_in_days_in_China(WorkflowState? state)
    {
        var firstMinute = Assess(state, now: DateTimeOffset.Parse("2024-10-30T16:00:00Z"));
        var later = Assess(state);

        Assert.Equal(PublicationStatus.Overdue, firstMinute.Status);
        Assert.Equal(1, firstMinute.DaysLate);
        Assert.Equal(PublicationStatus.Overdue, later.Status);
        Assert.Equal(16, later.DaysLate);
    }

    [Fact]
    public void Without_a_due_date_nothing_is_overdue_and_a_publication_is_neither_on_time_nor_late()
    {
        var unknown = DueDateResult.Unknown(DueDateGap.ApprovalDateMissing);

        Assert.Equal(new PublicationAssessment(PublicationStatus.NotSubmitted, null, DueDateGap.ApprovalDateMissing, null, null), Assess(null, due: unknown));
        Assert.Equal(PublicationStatus.InProgress, Assess(WorkflowState.Submitted, due: unknown).Status);
        Assert.Equal(new PublicationAssessment(PublicationStatus.PublishedUndated, null, DueDateGap.ApprovalDateMissing, new DateOnly(2024, 12, 1), null),
            Assess(WorkflowState.Published, "2024-12-01T09:00:00+08:00", unknown));
    }

    [Fact]
    public void A_retracted_report_is_not_public_so_it_is_overdue_after_the_deadline()
    {
        Assert.Equal(PublicationStatus.Overdue, Assess(WorkflowState.Retracted, "2024-10-20T09:00:00+08:00").Status);
        Assert.Equal(PublicationStatus.Overdue, Assess(WorkflowState.Draft, "2024-10-20T09:00:00+08:00").Status);
        Assert.Equal(PublicationStatus.InProgress, Assess(WorkflowState.Retracted, "2024-10-20T09:00:00+08:00", now: DateTimeOffset.Parse("2024-10-25T09:00:00+08:00")).Status);
    }

    [Fact]
    public void A_republished_report_keeps_the_timeliness_of_its_first_publication()
    {
        // Published on 10-20, retracted, corrected and published again on 11-10: the first publication counts.
        var result = Assess(WorkflowState.Published, "2024-10-20T09:00:00+08:00");

        Assert.Equal(PublicationStatus.PublishedOnTime, result.Status);
        Assert.Equal(new DateOnly(2024, 10, 20), result.PublishedOn);
    }

    [Fact]
    public void A_published_state_without_a_publication_instant_is_a_caller_error()
    {
        Assert.Throws<ArgumentException>(() => Assess(WorkflowState.Published));
    }

    [Fact]
    public void Statuses_have_stable_snake_case_names_that_round_trip()
    {
        Assert.Equal(["not_submitted", "in_progress", "published_on_time", "published_late", "overdue", "published_undated"],
            Enum.GetValues<PublicationStatus>().Select(PublicationStatusNames.Of));
        Assert.All(Enum.GetValues<PublicationStatus>(), s => Assert.Equal(s, PublicationStatusNames.Parse(PublicationStatusNames.Of(s))));
        Assert.Null(PublicationStatusNames.Parse("late"));
    }
}
