using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Recomputes year-over-year comparisons from the metrics snapshots taken at save time (no document is parsed) and
/// the stored score totals. A comparison row waits while its own version's scores are still owed by another claim,
/// so that it never stores a comparison without them; the comparison is replaced only when its inputs change.
/// </summary>
public sealed class YoyDerivation(IDerivationLedger ledger, IReportRepository reports, IScoringRepository scoring, IYoyRepository yoy, YoyOptions options)
{
    private static readonly TimeSpan WaitForScores = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<StoredYoy>> RunAsync(string claimId, IReadOnlyList<Derivation> rows, IReadOnlyList<StoredScore> freshScores,
        List<DerivationOutcome> outcomes, DerivationFailures failures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var ledgerRows = await ledger.ListForVersionsAsync(rows.Select(r => r.VersionKey).Distinct().ToList(), cancellationToken);
        var results = new Dictionary<(string, int), StoredYoy>();
        foreach (var row in rows)
        {
            var scoresOwedElsewhere = ledgerRows.Any(l => l.VersionKey == row.VersionKey && DerivationKinds.IsScore(l.Kind)
                && l.State is DerivationStates.Pending or DerivationStates.Running && l.ClaimId != claimId);
            if (scoresOwedElsewhere)
            {
                outcomes.Add(new DerivationOutcome.RetryLater(row, now + WaitForScores, "Waiting for this version's scores.", CountsAsAttempt: false));
                continue;
            }
            try
            {
                var targetYear = row.Kind == DerivationKinds.Yoy ? row.FiscalYear : row.FiscalYear + 1;
                if (await CompareAsync(row, targetYear, freshScores, now, cancellationToken) is { } result)
                    results[(result.AgencyId, result.FiscalYear)] = result;
                outcomes.Add(new DerivationOutcome.Completed(row));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                outcomes.Add(failures.For(row, ex));
            }
        }
        return results.Values.ToList();
    }

    private async Task<StoredYoy?> CompareAsync(Derivation row, int year, IReadOnlyList<StoredScore> freshScores, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var years = (await reports.ListYearSnapshotsAsync(TenantScope.System, row.AgencyId, year - 1, year, cancellationToken)).ToDictionary(s => s.Key.FiscalYear);
        // Only the current version of the row's own year speaks for that year; an older version's row has nothing to do.
        if (!years.TryGetValue(row.FiscalYear, out var own) || own.Key.Version != row.Version) return null;
        if (!years.TryGetValue(year, out var current)) return null;
        years.TryGetValue(year - 1, out var previous);

        var keys = new[] { current.Key, previous?.Key }.OfType<VersionKey>().ToList();
        var totals = await TotalsAsync(keys, freshScores, cancellationToken);
        var currentScores = totals.GetValueOrDefault(current.Key) ?? [];
        var previousScores = previous is null ? [] : totals.GetValueOrDefault(previous.Key) ?? [];

        var inputHash = Hashes.Sha256(string.Join("|", current.DocumentHash, previous?.DocumentHash, Describe(currentScores), Describe(previousScores), options.DefaultThresholdPercent));
        var existing = await yoy.FindAsync(TenantScope.System, row.AgencyId, year, cancellationToken);
        if (existing?.InputHash == inputHash) return null;

        var currentMetrics = await MetricsAsync(current, cancellationToken);
        var previousMetrics = previous is null ? null : await MetricsAsync(previous, cancellationToken);
        var result = YoyEngine.Compare(currentMetrics, previousMetrics, options, currentScores, previousScores);
        return new StoredYoy(row.AgencyId, year, inputHash, JsonSerializer.Serialize(result, ApiJson.Options), now);
    }

    private async Task<Dictionary<VersionKey, Dictionary<string, decimal?>>> TotalsAsync(IReadOnlyList<VersionKey> keys, IReadOnlyList<StoredScore> freshScores, CancellationToken cancellationToken)
    {
        var stored = await scoring.ListTotalsAsync(TenantScope.System, keys, cancellationToken);
        var fresh = freshScores.Where(s => keys.Contains(new VersionKey(s.AgencyId, s.FiscalYear, s.Version)));
        return stored.Concat(fresh)
            .OrderBy(s => s.ComputedAt)
            .GroupBy(s => new VersionKey(s.AgencyId, s.FiscalYear, s.Version))
            .ToDictionary(g => g.Key, g => g.GroupBy(s => s.Profile, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Last().Total, StringComparer.Ordinal));
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
}
