using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Changes;

/// <summary>The feed rows of derived results, with the detail a consumer needs without a second request.</summary>
public static class ChangeDetails
{
    public static NewChange Score(StoredScore score) =>
        new(score.AgencyId, score.FiscalYear, score.Version, ChangeKinds.Score,
            Json(new { profile = score.Profile, profileVersion = score.ProfileVersion, total = score.Total, grade = score.Grade }), score.ComputedAt);

    public static NewChange Yoy(StoredYoy comparison) =>
        new(comparison.AgencyId, comparison.FiscalYear, DerivationYear, ChangeKinds.Yoy, Json(new { inputHash = comparison.InputHash }), comparison.ComputedAt);

    public static NewChange Publication(PublicationStatusRecord status) =>
        new(status.AgencyId, status.FiscalYear, DerivationYear, ChangeKinds.Publication,
            Json(new { status = status.Status, dueDate = status.DueDate, daysLate = status.DaysLate }), status.ComputedAt);

    public static NewChange Version(VersionKey key, string status, string documentHash, DateTimeOffset at) =>
        new(key.AgencyId, key.FiscalYear, key.Version, ChangeKinds.Version, Json(new { status, documentHash }), at);

    public static NewChange Findings(VersionKey key, FindingCounts counts, string rulesetVersion, DateTimeOffset at) =>
        new(key.AgencyId, key.FiscalYear, key.Version, ChangeKinds.Findings,
            Json(new { errors = counts.Errors, warnings = counts.Warnings, infos = counts.Infos, rulesetVersion }), at);

    public static NewChange Workflow(string agencyId, int fiscalYear, int version, string state, DateTimeOffset at) =>
        new(agencyId, fiscalYear, version, ChangeKinds.Workflow, Json(new { state }), at);

    /// <summary>A report year was checked against its approved declaration: the finding counts and both totals of the main profile.</summary>
    public static NewChange DeclaredTargets(StoredTargetCheck check, StoredDeclaredScore? score) =>
        new(check.AgencyId, check.FiscalYear, DerivationYear, ChangeKinds.DeclaredTargets,
            Json(new
            {
                reportVersion = check.ReportVersion,
                declarationVersion = check.DeclarationVersion,
                errors = check.ErrorCount,
                warnings = check.WarningCount,
                quotedTotal = score?.QuotedTotal,
                declaredTotal = score?.DeclaredTotal,
            }), check.ComputedAt);

    /// <summary>A period's monitoring assessment changed: pace, threshold, at-risk count, forecast and finding count.</summary>
    public static NewChange MonitoringAssessed(StoredMonitoringAssessment assessment) =>
        new(assessment.AgencyId, assessment.FiscalYear, DerivationYear, ChangeKinds.MonitoringAssessment,
            Json(new
            {
                period = assessment.Period,
                monitoringVersion = assessment.MonitoringVersion,
                executionRate = assessment.ExecutionRate,
                minExecutionRate = assessment.MinExecutionRate,
                belowThreshold = assessment.BelowThreshold == 1,
                atRiskIndicators = assessment.AtRiskIndicators,
                forecastExecutionRate = assessment.ForecastExecutionRate,
                forecastScore = assessment.ForecastScore,
                findings = assessment.FindingCount,
            }), assessment.ComputedAt);

    /// <summary>The region approved or returned a declaration version.</summary>
    public static NewChange DeclarationReviewed(Review.ReviewSummary moved, string action, DateTimeOffset at) =>
        new(moved.AgencyId, moved.FiscalYear, DerivationYear, ChangeKinds.Declaration,
            Json(new { action, declarationVersion = moved.Version, status = moved.Status, reason = moved.StatusReason }), at);

    /// <summary>Rows that belong to a report year rather than to one version carry version 0.</summary>
    private const int DerivationYear = 0;

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ApiJson.Options);
}
