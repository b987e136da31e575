using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Dashboards;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Recomputes the dashboard fact of claimed report years from what is stored: the head and its finding counts, the
/// findings by rule, the latest scores, the metrics snapshot, the year-over-year changes and the publication status.
/// A batch reads each of these once for all its report years (six queries, however many years).
/// </summary>
public sealed class DashboardDerivation(IReportRepository reports, IScoringRepository scoring, IYoyRepository yoy, IRosterRepository roster,
    IDashboardRepository dashboards, IRegionTotalsRepository totals, Scoring.ProfileCatalog catalog) : IDerivedWork
{
    public int Stage => 3;

    public bool Owns(string kind) => kind == DerivationKinds.Dashboard;

    public async Task<IDerivedResults> ComputeAsync(DerivationBatch batch, IReadOnlyList<Derivation> rows, CancellationToken cancellationToken)
    {
        var inputs = await LoadAsync(rows.Select(r => new ReportYear(r.AgencyId, r.FiscalYear)).ToHashSet(), cancellationToken);
        var results = new List<PlacedFact>();
        var removed = new List<ReportYear>();
        foreach (var row in rows)
        {
            try
            {
                var year = new ReportYear(row.AgencyId, row.FiscalYear);
                if (Compute(year, inputs, batch.Now) is { } fact) results.Add(new PlacedFact(fact, inputs.Agencies[year.AgencyId].RegionPath));
                else removed.Add(year);
                batch.Completed(row);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                batch.Failed(row, ex);
            }
        }
        return new Results(new DashboardChanges(results, removed), dashboards, totals);
    }

    private sealed record Inputs(
        IReadOnlyDictionary<ReportYear, ReportHead> Heads,
        IReadOnlyDictionary<ReportYear, RosterView> Roster,
        IReadOnlyDictionary<VersionKey, IReadOnlyList<Finding>> Findings,
        IReadOnlyDictionary<ReportYear, YearSnapshot> Snapshots,
        ILookup<VersionKey, StoredScore> Scores,
        IReadOnlyDictionary<ReportYear, StoredYoy> Comparisons,
        ProfileSet Profiles,
        IReadOnlyDictionary<string, AgencyContext> Agencies);

    private async Task<Inputs> LoadAsync(IReadOnlyCollection<ReportYear> years, CancellationToken cancellationToken)
    {
        var scope = TenantScope.System;
        var heads = (await reports.ListHeadsAsync(scope, years, cancellationToken)).ToDictionary(h => new ReportYear(h.AgencyId, h.FiscalYear));
        var entries = (await roster.FindManyAsync(scope, years, cancellationToken)).ToDictionary(e => new ReportYear(e.AgencyId, e.FiscalYear));
        var keys = heads.Values.Select(h => new VersionKey(h.AgencyId, h.FiscalYear, h.Version)).ToList();
        var findings = await reports.FindFindingsAsync(scope, keys, cancellationToken);
        var snapshots = (await reports.ListYearSnapshotsAsync(scope, years, cancellationToken)).ToDictionary(s => new ReportYear(s.AgencyId, s.FiscalYear));
        var scores = (await scoring.ListScoresAsync(scope, keys, cancellationToken)).ToLookup(s => new VersionKey(s.AgencyId, s.FiscalYear, s.Version));
        var comparisons = (await yoy.FindManyAsync(scope, years, cancellationToken)).ToDictionary(c => new ReportYear(c.AgencyId, c.FiscalYear));
        var profiles = await catalog.CurrentAsync(cancellationToken);
        var agencies = await catalog.AgenciesAsync(years.Select(y => y.AgencyId).Distinct(), cancellationToken);
        return new Inputs(heads, entries, findings, snapshots, scores, comparisons, profiles, agencies);
    }

    /// <summary>The fact of a report year, or null when it has neither a report nor a roster entry (any old fact goes).</summary>
    private static DashboardFact? Compute(ReportYear year, Inputs inputs, DateTimeOffset now)
    {
        var head = inputs.Heads.GetValueOrDefault(year);
        var entry = inputs.Roster.GetValueOrDefault(year);
        if (head is null && entry is null) return null;

        var metrics = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var findingsByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        ScoreResult? computed = null;
        if (head is not null)
        {
            var key = new VersionKey(year.AgencyId, year.FiscalYear, head.Version);
            // "The computed score" of a report is its region's headline profile's total.
            var headline = inputs.Profiles.HeadlineFor(inputs.Agencies.GetValueOrDefault(year.AgencyId)?.RegionPath ?? "").Id;
            foreach (var finding in inputs.Findings.GetValueOrDefault(key) ?? [])
                findingsByRule[finding.RuleId] = findingsByRule.GetValueOrDefault(finding.RuleId) + 1;

            foreach (var metric in inputs.Snapshots.GetValueOrDefault(year)?.Metrics?.Current.Values ?? [])
                metrics[DashboardMetrics.Figure(metric.Key)] = metric.Value;

            foreach (var score in LatestPerProfile(inputs.Scores[key]))
            {
                var result = JsonSerializer.Deserialize<ScoreResult>(score.ResultJson, ApiJson.Options)!;
                if (result.Total is { } total) metrics[DashboardMetrics.Score(score.Profile)] = total;
                if (score.Profile == headline) computed = result;
            }

            if (inputs.Comparisons.GetValueOrDefault(year) is { } comparison)
                foreach (var item in JsonSerializer.Deserialize<YoyResult>(comparison.ResultJson, ApiJson.Options)!.Items)
                    if (item.PercentChange is { } change) metrics[DashboardMetrics.YoyChange(item.MetricKey)] = change;
        }

        return new DashboardFact(year.AgencyId, year.FiscalYear, head?.Version, head?.Status, entry?.Status,
            computed?.Total, computed?.Grade, computed?.SelfReportedTotal, computed?.SelfReportedTotal - computed?.Total,
            head?.ErrorCount ?? 0, head?.WarningCount ?? 0, head?.InfoCount ?? 0, findingsByRule, metrics, now);
    }

    private static IEnumerable<StoredScore> LatestPerProfile(IEnumerable<StoredScore> scores) =>
        scores.GroupBy(s => s.Profile, StringComparer.Ordinal).Select(g => g.OrderByDescending(s => s.ComputedAt).First());

    /// <summary>
    /// Stores the facts and moves the kept region totals by what changed: under the totals' lock, the facts the batch
    /// replaces are read first, so each total moves by exactly the new contributions minus the old ones.
    /// </summary>
    private sealed class Results(DashboardChanges changes, IDashboardRepository dashboards, IRegionTotalsRepository totals) : IDerivedResults
    {
        public async Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken)
        {
            var years = changes.Facts.Select(f => new ReportYear(f.Fact.AgencyId, f.Fact.FiscalYear)).Concat(changes.Removed).ToHashSet();
            if (years.Count == 0) return [];
            await totals.LockAsync(batch.Now, cancellationToken);
            var before = await totals.ListPlacedFactsAsync(years, cancellationToken);
            await dashboards.UpsertManyAsync(changes.Facts.Select(f => f.Fact).ToList(), cancellationToken);
            await dashboards.DeleteManyAsync(changes.Removed, cancellationToken);
            await totals.AddAsync(RegionTotals.Change(before, changes.Facts), batch.Now, cancellationToken);
            return [];
        }
    }
}

/// <summary>Facts to store, and report years whose fact is dropped.</summary>
public sealed record DashboardChanges(IReadOnlyList<PlacedFact> Facts, IReadOnlyList<ReportYear> Removed);

/// <summary>Names of the metrics a fact carries (rankable and in the time series).</summary>
public static class DashboardMetrics
{
    public static string Figure(string metricKey) => metricKey;
    public static string Score(string profile) => "score:" + profile;
    public static string YoyChange(string metricKey) => "yoy:" + metricKey;
}
