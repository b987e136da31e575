using PerfEval.Application.Abstractions;
using PerfEval.Application.Changes;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Derivations;

/// <summary>
/// The one place that says what follows a change: the ledger rows written in the same transaction as the change.
/// Publication status and webhooks join here as new kinds.
/// </summary>
public sealed class FollowUps(IDerivationLedger ledger, IChangeLog changes, Webhooks.WebhookEvents webhooks, IDeclarationRepository declarations,
    IMonitoringAssessmentRepository monitoringAssessments)
{
    /// <summary>A new version exists: score it under every profile that applies to it (the worker decides which, see
    /// <see cref="DerivationKinds.ScoreApplicable"/>), then compare its year with the year before and after.</summary>
    public static IReadOnlyList<string> AfterSave { get; } = [DerivationKinds.ScoreApplicable, DerivationKinds.Yoy, DerivationKinds.YoyNext];

    /// <summary>The comparisons that show scores, owed again whenever scores are.</summary>
    public static IReadOnlyList<string> Comparisons { get; } = [DerivationKinds.Yoy, DerivationKinds.YoyNext];

    /// <summary>
    /// A dashboard fact summarises results that arrive moments apart (a version's scores, its comparison, its
    /// publication status), and each of them owes the fact again. Owing it this much later lets one computation cover
    /// them instead of one per result; a requeue within the delay moves it on.
    /// </summary>
    public static readonly TimeSpan DashboardSettle = TimeSpan.FromMilliseconds(500);

    /// <summary>A report year's publication status, owed by every expected report (roster entry) after each change.</summary>
    public const string PublicationStatus = DerivationKinds.Publication;

    public async Task VersionSavedAsync(NewReportVersion version, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = version.Key;
        await ledger.AddAsync(key, AfterSave, at, cancellationToken);
        await ledger.RequeueRosterEntryAsync(PublicationStatus, key.AgencyId, key.FiscalYear, at, cancellationToken);
        await changes.VersionSavedAsync(version, status, at, cancellationToken);
        await ledger.RequeueYearAsync(DerivationKinds.Dashboard, key.AgencyId, key.FiscalYear, at, at + DashboardSettle, cancellationToken);
        // Under an approved declaration the new version is checked against it (a no-op statement otherwise).
        await declarations.RequeueCheckAsync(DerivationKinds.DeclaredTargets, key.AgencyId, key.FiscalYear, at, cancellationToken);
        // The year's monitoring assessments carry the PE-MON findings against the current self-evaluation (a no-op without monitoring reports).
        await monitoringAssessments.RequeueAgencyYearAsync(DerivationKinds.MonitoringAssessment, key.AgencyId, key.FiscalYear, at, cancellationToken);
    }

    /// <summary>
    /// Versions of these report years were imported in bulk (their version rows, ledger rows and feed rows are written
    /// set-based by the import): the year's checks against an approved declaration and its monitoring assessments are
    /// owed again, as after a single save.
    /// </summary>
    public async Task YearsImportedAsync(IReadOnlyCollection<ReportYear> years, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var year in years)
        {
            await declarations.RequeueCheckAsync(DerivationKinds.DeclaredTargets, year.AgencyId, year.FiscalYear, at, cancellationToken);
            await monitoringAssessments.RequeueAgencyYearAsync(DerivationKinds.MonitoringAssessment, year.AgencyId, year.FiscalYear, at, cancellationToken);
        }
    }

    /// <summary>Monitoring assessments changed: their change feed rows and <c>monitoring.assessed</c> events.</summary>
    public async Task MonitoringAssessedAsync(IReadOnlyList<StoredMonitoringAssessment> assessments, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (assessments.Count == 0) return;
        await changes.AppendAsync([.. assessments.Select(ChangeDetails.MonitoringAssessed)], cancellationToken);
        foreach (var assessment in assessments) await webhooks.MonitoringAssessedAsync(assessment, at, cancellationToken);
    }

    /// <summary>A report year moved in the workflow (submitted, published, retracted …).</summary>
    public async Task WorkflowChangedAsync(string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ledger.RequeueRosterEntryAsync(PublicationStatus, agencyId, fiscalYear, at, cancellationToken);
        await changes.WorkflowChangedAsync(agencyId, fiscalYear, at, cancellationToken);
        await ledger.RequeueYearAsync(DerivationKinds.Dashboard, agencyId, fiscalYear, at, at + DashboardSettle, cancellationToken);
    }

    /// <summary>Workers stored scores, comparisons or statuses of these report years: their dashboard facts are owed again (one statement).</summary>
    public Task ResultsRecordedAsync(IReadOnlyCollection<ReportYear> years, DateTimeOffset at, CancellationToken cancellationToken) =>
        ledger.RequeueYearsAsync(DerivationKinds.Dashboard, years, at, at + DashboardSettle, cancellationToken);

    /// <summary>New scores were stored: the change feed rows and the <c>report.scored</c> events.</summary>
    public async Task ScoresStoredAsync(IReadOnlyList<StoredScore> scores, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (scores.Count == 0) return;
        await changes.AppendAsync([.. scores.Select(ChangeDetails.Score)], cancellationToken);
        await webhooks.ScoredAsync(scores, at, cancellationToken);
    }

    /// <summary>Year-over-year comparisons were stored or replaced: their change feed rows.</summary>
    public Task ComparisonsStoredAsync(IReadOnlyList<StoredYoy> comparisons, CancellationToken cancellationToken) =>
        comparisons.Count == 0 ? Task.CompletedTask : changes.AppendAsync([.. comparisons.Select(ChangeDetails.Yoy)], cancellationToken);

    /// <summary>Publication statuses were assessed: a feed row where the status changed, the status stored, an overdue event.</summary>
    public async Task PublicationStatusesAssessedAsync(IReadOnlyList<PublicationStatusRecord> statuses, IPublicationStatusRepository store, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        foreach (var status in statuses.OrderBy(s => s.AgencyId, StringComparer.Ordinal).ThenBy(s => s.FiscalYear))
        {
            await changes.PublicationStatusAsync(status, cancellationToken);
            await store.UpsertAsync(status, cancellationToken);
            await webhooks.PublicationAssessedAsync(status, at, cancellationToken);
        }
    }

    /// <summary>An agency joined a roster or its 决算批复 date was recorded.</summary>
    public Task RosterChangedAsync(string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken) =>
        ledger.RequeueRosterEntryAsync(PublicationStatus, agencyId, fiscalYear, at, cancellationToken);

    /// <summary>An agency left a year's roster: its dashboard fact is recomputed (and dropped when it has no report).</summary>
    public Task RosterEntryRemovedAsync(string agencyId, int fiscalYear, DateTimeOffset at, CancellationToken cancellationToken) =>
        ledger.RequeueYearAsync(DerivationKinds.Dashboard, agencyId, fiscalYear, at, at + DashboardSettle, cancellationToken);

    /// <summary>Deadline rules or holidays changed: every expected report in the region (null = everywhere) is recomputed.</summary>
    public Task DeadlinesChangedAsync(string? regionPath, DateTimeOffset at, CancellationToken cancellationToken) =>
        ledger.RequeueRosterAsync(PublicationStatus, null, null, regionPath, false, at, cancellationToken);

    /// <summary>The daily recomputation: time alone moves unpublished reports from in progress to overdue.</summary>
    public Task<int> DayStartedAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        ledger.RequeueRosterAsync(PublicationStatus, null, null, null, true, at, cancellationToken);

    /// <summary>Webhook events: a workflow move, the findings of a saved version, a stored score, an assessed publication status.</summary>
    public Task ReportMovedAsync(VersionKey key, string toState, DateTimeOffset at, CancellationToken cancellationToken) => webhooks.ReportMovedAsync(key, toState, at, cancellationToken);
    public Task FindingsKnownAsync(VersionKey key, FindingCounts counts, DateTimeOffset at, CancellationToken cancellationToken) => webhooks.FindingsKnownAsync(key, counts, at, cancellationToken);

    /// <summary>
    /// A rescore (or a new or changed profile): each chosen profile is owed by the current versions it applies to,
    /// and the comparisons that show scores by every current version in the filter. Returns the versions in the filter
    /// and the ledger rows queued.
    /// </summary>
    public async Task<(int Versions, int Rows)> RescoreRequestedAsync(ReportListFilter filter, IReadOnlyList<ScoringProfile> profiles, string runId, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var rows = 0;
        foreach (var profile in profiles.OrderBy(p => p.Id, StringComparer.Ordinal))
            rows += await ledger.RequeueCurrentVersionsAsync(filter, profile.Applicability, [DerivationKinds.Score(profile.Id)], runId, at, cancellationToken);
        var versions = await ledger.RequeueCurrentVersionsAsync(filter, Comparisons, runId, at, cancellationToken);
        return (versions, rows + versions * Comparisons.Count);
    }
}
