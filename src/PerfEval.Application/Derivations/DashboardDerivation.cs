using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Recomputes the dashboard fact of claimed report years from what is stored: the head and its finding counts, the
/// findings by rule, the latest scores, the metrics snapshot, the year-over-year changes and the publication status.
/// </summary>
public sealed class DashboardDerivation(IReportRepository reports, IScoringRepository scoring, IYoyRepository yoy, IRosterRepository roster)
{
    /// <summary>The profile whose total is "the computed score" of a report (it recomputes the 自评表 and keeps the self-score).</summary>
    public const string ScoreProfile = "cn-mof-2020-selfeval";

    public async Task<DashboardChanges> RunAsync(IReadOnlyList<Derivation> rows, List<DerivationOutcome> outcomes, DerivationFailures failures,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var results = new List<DashboardFact>();
        var removed = new List<ReportYear>();
        foreach (var row in rows)
        {
            try
            {
                if (await ComputeAsync(row.AgencyId, row.FiscalYear, now, cancellationToken) is { } fact) results.Add(fact);
                else removed.Add(new ReportYear(row.AgencyId, row.FiscalYear));
                outcomes.Add(new DerivationOutcome.Completed(row));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                outcomes.Add(failures.For(row, ex));
            }
        }
        return new DashboardChanges(results, removed);
    }

    /// <summary>The fact of a report year, or null when it has neither a report nor a roster entry (any old fact goes).</summary>
    private async Task<DashboardFact?> ComputeAsync(string agencyId, int fiscalYear, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scope = TenantScope.System;
        var head = await reports.FindHeadAsync(scope, agencyId, fiscalYear, cancellationToken);
        var entry = await roster.FindAsync(scope, agencyId, fiscalYear, cancellationToken);
        if (head is null && entry is null) return null;

        var metrics = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var findingsByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        ScoreResult? computed = null;
        if (head is not null)
        {
            var key = new VersionKey(agencyId, fiscalYear, head.Version);
            foreach (var finding in await reports.FindFindingsAsync(scope, key, cancellationToken) ?? [])
                findingsByRule[finding.RuleId] = findingsByRule.GetValueOrDefault(finding.RuleId) + 1;

            var snapshot = (await reports.ListYearSnapshotsAsync(scope, agencyId, fiscalYear, fiscalYear, cancellationToken)).SingleOrDefault();
            foreach (var metric in snapshot?.Metrics?.Current.Values ?? [])
                metrics[DashboardMetrics.Figure(metric.Key)] = metric.Value;

            foreach (var score in LatestPerProfile(await scoring.ListScoresAsync(scope, key, cancellationToken)))
            {
                var result = JsonSerializer.Deserialize<ScoreResult>(score.ResultJson, ApiJson.Options)!;
                if (result.Total is { } total) metrics[DashboardMetrics.Score(score.Profile)] = total;
                if (score.Profile == ScoreProfile) computed = result;
            }

            if (await yoy.FindAsync(scope, agencyId, fiscalYear, cancellationToken) is { } comparison)
                foreach (var item in JsonSerializer.Deserialize<YoyResult>(comparison.ResultJson, ApiJson.Options)!.Items)
                    if (item.PercentChange is { } change) metrics[DashboardMetrics.YoyChange(item.MetricKey)] = change;
        }

        return new DashboardFact(agencyId, fiscalYear, head?.Version, head?.Status, entry?.Status,
            computed?.Total, computed?.Grade, computed?.SelfReportedTotal, computed?.SelfReportedTotal - computed?.Total,
            head?.ErrorCount ?? 0, head?.WarningCount ?? 0, head?.InfoCount ?? 0, findingsByRule, metrics, now);
    }

    private static IEnumerable<StoredScore> LatestPerProfile(IReadOnlyList<StoredScore> scores) =>
        scores.GroupBy(s => s.Profile, StringComparer.Ordinal).Select(g => g.OrderByDescending(s => s.ComputedAt).First());
}

public sealed record ReportYear(string AgencyId, int FiscalYear);

/// <summary>Facts to store, and report years whose fact is dropped.</summary>
public sealed record DashboardChanges(IReadOnlyList<DashboardFact> Facts, IReadOnlyList<ReportYear> Removed)
{
    public static DashboardChanges None { get; } = new([], []);
}

/// <summary>Names of the metrics a fact carries (rankable and in the time series).</summary>
public static class DashboardMetrics
{
    public static string Figure(string metricKey) => metricKey;
    public static string Score(string profile) => "score:" + profile;
    public static string YoyChange(string metricKey) => "yoy:" + metricKey;
}
