using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Recomputes year-over-year comparisons from the metrics snapshots taken at save time (no document is parsed) and
/// the stored score totals, for a whole batch with one query per input (ledger rows, snapshots, totals, stored
/// comparisons). A comparison row waits while its own version's scores are still owed by another claim, so that it
/// never stores a comparison without them; the comparison is replaced only when its inputs change.
/// </summary>
public sealed class YoyDerivation(IDerivationLedger ledger, IReportRepository reports, IScoringRepository scoring, IYoyRepository yoy, FollowUps followUps,
    YoyOptions options) : IDerivedWork
{
    private static readonly TimeSpan WaitForScores = TimeSpan.FromSeconds(1);

    public int Stage => 1;

    public bool Owns(string kind) => DerivationKinds.IsYoy(kind);

    public async Task<IDerivedResults> ComputeAsync(DerivationBatch batch, IReadOnlyList<Derivation> rows, CancellationToken cancellationToken)
    {
        var ledgerRows = await ledger.ListForVersionsAsync(rows.Select(r => r.VersionKey).Distinct().ToList(), cancellationToken);
        var waiting = ledgerRows
            .Where(l => DerivationKinds.IsScore(l.Kind) && l.State is DerivationStates.Pending or DerivationStates.Running && l.ClaimId != batch.ClaimId)
            .Select(l => l.VersionKey).ToHashSet();

        var ready = new List<Derivation>();
        foreach (var row in rows)
        {
            if (waiting.Contains(row.VersionKey))
                batch.Outcomes.Add(new DerivationOutcome.RetryLater(row, batch.Now + WaitForScores, "Waiting for this version's scores.", CountsAsAttempt: false));
            else
                ready.Add(row);
        }
        if (ready.Count == 0) return NoResults.Instance;

        var inputs = await LoadAsync(ready, batch, cancellationToken);
        var results = new Dictionary<ReportYear, StoredYoy>();
        foreach (var row in ready)
        {
            try
            {
                if (await CompareAsync(row, inputs, batch.Now, cancellationToken) is { } result)
                    results[new ReportYear(result.AgencyId, result.FiscalYear)] = result;
                batch.Completed(row);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                batch.Failed(row, ex);
            }
        }
        return new Results([.. results.Values], yoy, followUps);
    }

    private static int TargetYear(Derivation row) => row.Kind == DerivationKinds.Yoy ? row.FiscalYear : row.FiscalYear + 1;

    /// <summary>Everything the batch's comparisons read, each in one query.</summary>
    private sealed record Inputs(
        IReadOnlyDictionary<ReportYear, YearSnapshot> Snapshots,
        IReadOnlyDictionary<VersionKey, Dictionary<string, decimal?>> Totals,
        IReadOnlyDictionary<ReportYear, StoredYoy> Stored);

    private async Task<Inputs> LoadAsync(IReadOnlyList<Derivation> rows, DerivationBatch batch, CancellationToken cancellationToken)
    {
        var years = rows.SelectMany(r => new[] { r.FiscalYear, TargetYear(r), TargetYear(r) - 1 }.Select(y => new ReportYear(r.AgencyId, y))).ToHashSet();
        var snapshots = (await reports.ListYearSnapshotsAsync(TenantScope.System, years, cancellationToken))
            .ToDictionary(s => new ReportYear(s.AgencyId, s.FiscalYear));
        var keys = snapshots.Values.Select(s => s.Key).ToList();
        var stored = await scoring.ListTotalsAsync(TenantScope.System, keys, cancellationToken);
        var fresh = batch.Shared<ScoreDerivation.FreshScores>()?.Scores ?? [];
        var keySet = keys.ToHashSet();
        var totals = stored.Concat(fresh.Where(s => keySet.Contains(new VersionKey(s.AgencyId, s.FiscalYear, s.Version))))
            .OrderBy(s => s.ComputedAt)
            .GroupBy(s => new VersionKey(s.AgencyId, s.FiscalYear, s.Version))
            .ToDictionary(g => g.Key, g => g.GroupBy(s => s.Profile, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Last().Total, StringComparer.Ordinal));
        var targets = rows.Select(r => new ReportYear(r.AgencyId, TargetYear(r))).ToHashSet();
        var comparisons = (await yoy.FindManyAsync(TenantScope.System, targets, cancellationToken)).ToDictionary(c => new ReportYear(c.AgencyId, c.FiscalYear));
        return new Inputs(snapshots, totals, comparisons);
    }

    private async Task<StoredYoy?> CompareAsync(Derivation row, Inputs inputs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var year = TargetYear(row);
        // Only the current version of the row's own year speaks for that year; an older version's row has nothing to do.
        if (!inputs.Snapshots.TryGetValue(new ReportYear(row.AgencyId, row.FiscalYear), out var own) || own.Key.Version != row.Version) return null;
        if (!inputs.Snapshots.TryGetValue(new ReportYear(row.AgencyId, year), out var current)) return null;
        inputs.Snapshots.TryGetValue(new ReportYear(row.AgencyId, year - 1), out var previous);

        var currentScores = inputs.Totals.GetValueOrDefault(current.Key) ?? [];
        var previousScores = previous is null ? [] : inputs.Totals.GetValueOrDefault(previous.Key) ?? [];

        var inputHash = Hashes.Sha256(string.Join("|", current.DocumentHash, previous?.DocumentHash, Describe(currentScores), Describe(previousScores), options.DefaultThresholdPercent));
        if (inputs.Stored.GetValueOrDefault(new ReportYear(row.AgencyId, year))?.InputHash == inputHash) return null;

        var currentMetrics = await MetricsAsync(current, cancellationToken);
        var previousMetrics = previous is null ? null : await MetricsAsync(previous, cancellationToken);
        var result = YoyEngine.Compare(currentMetrics, previousMetrics, options, currentScores, previousScores);
        return new StoredYoy(row.AgencyId, year, inputHash, JsonSerializer.Serialize(result, ApiJson.Options), now);
    }

    private static string Describe(Dictionary<string, decimal?> scores) =>
        string.Join(",", scores.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));

    /// <summary>The snapshot taken at save time; versions saved before snapshots existed are read once from their document.</summary>
    private async Task<MetricsSnapshot> MetricsAsync(YearSnapshot year, CancellationToken cancellationToken)
    {
        if (year.Metrics is { } metrics) return metrics;
        var version = await reports.FindVersionAsync(TenantScope.System, year.Key, cancellationToken)
            ?? throw new InvalidOperationException($"Version {year.Key} disappeared.");
        var document = StoredDocuments.Parse(version.DocumentJson) ?? throw new InvalidOperationException("The stored document no longer parses.");
        return MetricsSnapshot.Of(document);
    }

    private sealed class Results(IReadOnlyList<StoredYoy> comparisons, IYoyRepository yoy, FollowUps followUps) : IDerivedResults
    {
        public async Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken)
        {
            await yoy.UpsertManyAsync(comparisons, cancellationToken);
            await followUps.ComparisonsStoredAsync(comparisons, cancellationToken);
            return comparisons.Select(c => new ReportYear(c.AgencyId, c.FiscalYear)).ToHashSet();
        }
    }
}
