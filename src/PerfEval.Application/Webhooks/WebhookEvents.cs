using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Publication;

namespace PerfEval.Application.Webhooks;

/// <summary>The body every delivery carries: the event id (the same in every retry and for every subscriber), its type, when it happened and its data.</summary>
public sealed record WebhookPayload(string Id, string Type, DateTimeOffset OccurredAt, object Data);

/// <summary>
/// Raises webhook events inside the transaction of the change that causes them (called from <see cref="Derivations.FollowUps"/>).
/// Each event is keyed by what raised it, so repeating a change (a retried job, a daily recomputation) raises nothing new:
/// workflow moves and scores once per version, error findings and overdue once per report year.
/// </summary>
public sealed class WebhookEvents(IWebhookOutbox outbox)
{
    private static readonly string OverdueStatus = PublicationStatusNames.Of(PublicationStatus.Overdue);

    public Task ReportMovedAsync(VersionKey key, string toState, DateTimeOffset at, CancellationToken cancellationToken) =>
        WebhookEventTypes.ForWorkflowState(toState) is { } type
            ? RaiseAsync(type, $"{key.AgencyId}/{key.FiscalYear}/{key.Version}", key, new { key.AgencyId, key.FiscalYear, key.Version, State = toState }, false, at, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Only the first version of a report year with error findings notifies: entering the error state is the news.</summary>
    public Task FindingsKnownAsync(VersionKey key, FindingCounts counts, DateTimeOffset at, CancellationToken cancellationToken) =>
        counts.Errors > 0
            ? RaiseAsync(WebhookEventTypes.FindingsError, $"{key.AgencyId}/{key.FiscalYear}", key,
                new { key.AgencyId, key.FiscalYear, key.Version, counts.Errors, counts.Warnings }, true, at, cancellationToken)
            : Task.CompletedTask;

    /// <summary>One <c>report.scored</c> event per score; nothing at all (not even a query per score) when nobody subscribes.</summary>
    public async Task ScoredAsync(IReadOnlyList<StoredScore> scores, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (scores.Count == 0 || !await outbox.HasSubscribersAsync(WebhookEventTypes.Scored, cancellationToken)) return;
        foreach (var score in scores) await ScoredAsync(score, at, cancellationToken);
    }

    private Task ScoredAsync(StoredScore score, DateTimeOffset at, CancellationToken cancellationToken) =>
        RaiseAsync(WebhookEventTypes.Scored, $"{score.AgencyId}/{score.FiscalYear}/{score.Version}/{score.Profile}@{score.ProfileVersion}",
            new VersionKey(score.AgencyId, score.FiscalYear, score.Version),
            new { score.AgencyId, score.FiscalYear, score.Version, score.Profile, score.Total, score.Grade }, false, at, cancellationToken);

    /// <summary>A report year becomes overdue once; later recomputations that still find it overdue raise nothing.</summary>
    public Task PublicationAssessedAsync(PublicationStatusRecord status, DateTimeOffset at, CancellationToken cancellationToken) =>
        status.Status == OverdueStatus
            ? RaiseAsync(WebhookEventTypes.Overdue, $"{status.AgencyId}/{status.FiscalYear}", new VersionKey(status.AgencyId, status.FiscalYear, 0),
                new { status.AgencyId, status.FiscalYear, status.DueDate }, true, at, cancellationToken)
            : Task.CompletedTask;

    /// <summary>A period's assessment changed (one event per distinct set of inputs: recomputing the same inputs raises nothing).</summary>
    public Task MonitoringAssessedAsync(StoredMonitoringAssessment assessment, DateTimeOffset at, CancellationToken cancellationToken) =>
        RaiseAsync(WebhookEventTypes.MonitoringAssessed, $"{assessment.AgencyId}/{assessment.FiscalYear}/{assessment.Period}/{assessment.InputsHash}",
            new VersionKey(assessment.AgencyId, assessment.FiscalYear, 0),
            new
            {
                assessment.AgencyId, assessment.FiscalYear, assessment.Period, assessment.MonitoringVersion, assessment.ExecutionRate, assessment.MinExecutionRate,
                BelowThreshold = assessment.BelowThreshold == 1, assessment.AtRiskIndicators, assessment.ForecastExecutionRate, assessment.ForecastScore,
                assessment.Profile, Findings = assessment.FindingCount,
            }, false, at, cancellationToken);

    /// <summary>A declaration was approved or returned by the region: one event per review step.</summary>
    public Task DeclarationReviewedAsync(Review.ReviewSummary moved, string action, DateTimeOffset at, CancellationToken cancellationToken) =>
        WebhookEventTypes.ForDeclarationStep(action) is { } type
            ? RaiseAsync(type, $"{moved.AgencyId}/{moved.FiscalYear}/{moved.Version}/{at.UtcTicks}", new VersionKey(moved.AgencyId, moved.FiscalYear, moved.Version),
                new { moved.AgencyId, moved.FiscalYear, moved.Version, moved.Status, Reason = moved.StatusReason }, false, at, cancellationToken)
            : Task.CompletedTask;

    private Task RaiseAsync(string type, string occurrence, VersionKey key, object data, bool recordWithoutSubscribers, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = "evt_" + Guid.NewGuid().ToString("N");
        var payload = JsonSerializer.Serialize(new WebhookPayload(id, type, at, data), ApiJson.Options);
        return outbox.RaiseAsync(new NewWebhookEvent(id, $"{type}:{occurrence}", type, key.AgencyId, key.FiscalYear, key.Version, payload, at, recordWithoutSubscribers),
            at, cancellationToken);
    }
}
