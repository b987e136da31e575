using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Scores claimed versions: each stored document is parsed once and scored under every profile its rows ask for, with
/// the findings stored with the version.
/// </summary>
public sealed class ScoreDerivation(IReportRepository reports, IScoringRepository scoring, FollowUps followUps, Scoring.ProfileCatalog catalog) : IDerivedWork
{
    public int Stage => 0;

    public bool Owns(string kind) => DerivationKinds.IsScore(kind);

    public async Task<IDerivedResults> ComputeAsync(DerivationBatch batch, IReadOnlyList<Derivation> rows, CancellationToken cancellationToken)
    {
        var scores = await ScoreAsync(rows, batch.Outcomes, batch.Failures, batch.Now, cancellationToken);
        batch.Share(new FreshScores(scores));
        return new Results(scores, scoring, followUps);
    }

    /// <summary>The scores computed in this batch, for the comparisons computed after them.</summary>
    public sealed record FreshScores(IReadOnlyList<StoredScore> Scores);

    private sealed class Results(IReadOnlyList<StoredScore> scores, IScoringRepository scoring, FollowUps followUps) : IDerivedResults
    {
        public async Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken)
        {
            // Only scores stored now are news: a repeated run (same inputs, same key) stores and announces nothing.
            var stored = await scoring.InsertScoresIfAbsentAsync(scores, cancellationToken);
            await followUps.ScoresStoredAsync(stored, batch.Now, cancellationToken);
            return stored.Select(s => new ReportYear(s.AgencyId, s.FiscalYear)).ToHashSet();
        }
    }

    private async Task<IReadOnlyList<StoredScore>> ScoreAsync(IReadOnlyList<Derivation> rows, List<DerivationOutcome> outcomes, DerivationFailures failures,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var byVersion = rows.GroupBy(r => r.VersionKey).ToList();
        var versions = (await reports.FindVersionsAsync(TenantScope.System, byVersion.Select(g => g.Key).ToList(), cancellationToken))
            .ToDictionary(v => new VersionKey(v.AgencyId, v.FiscalYear, v.Version));
        var findings = await reports.FindFindingsAsync(TenantScope.System, versions.Keys.ToList(), cancellationToken);
        var profiles = await catalog.CurrentAsync(cancellationToken);
        var agencies = await catalog.AgenciesAsync(versions.Keys.Select(k => k.AgencyId), cancellationToken);

        var results = new List<StoredScore>();
        foreach (var group in byVersion)
        {
            if (!versions.TryGetValue(group.Key, out var version))
            {
                outcomes.AddRange(group.Select(r => DerivationFailures.Permanent(r, "The version does not exist.")));
                continue;
            }
            var document = StoredDocuments.Parse(version.DocumentJson);
            if (document is null)
            {
                outcomes.AddRange(group.Select(r => DerivationFailures.Permanent(r, "The stored document no longer parses under the current model.")));
                continue;
            }
            foreach (var row in group)
            {
                var context = agencies.TryGetValue(row.AgencyId, out var agency) ? Scoring.ProfileCatalog.Context(agency, row.FiscalYear) : null;
                var owed = ProfilesOwed(row, profiles, context);
                if (owed is null)
                {
                    outcomes.Add(DerivationFailures.Permanent(row, $"Unknown scoring profile {DerivationKinds.ProfileOf(row.Kind)}."));
                    continue;
                }
                try
                {
                    // Items computed from a figure the audit flagged say so (uncertain), with the finding ids.
                    results.AddRange(owed.Select(profile =>
                    {
                        var result = ScoringEngine.Score(document, profile, findings.GetValueOrDefault(group.Key) ?? []);
                        return new StoredScore(row.AgencyId, row.FiscalYear, row.Version, profile.Id, profile.Version,
                            Hashes.Sha256($"{version.DocumentHash}|{version.RulesetVersion}|{profile.Id}|{profile.Version}"),
                            JsonSerializer.Serialize(result, ApiJson.Options), result.Total, result.Grade, now);
                    }).ToList());
                    outcomes.Add(new DerivationOutcome.Completed(row));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    outcomes.Add(failures.For(row, ex));
                }
            }
        }
        return results;
    }

    /// <summary>
    /// The profiles a row owes now: for <see cref="DerivationKinds.ScoreApplicable"/> every profile in force that
    /// applies to the report; for one named profile that profile, or nothing when its applicability no longer covers
    /// the report (a row queued before it narrowed owes no score and no event); null for a profile that does not exist.
    /// </summary>
    private static IReadOnlyList<ScoringProfile>? ProfilesOwed(Derivation row, ProfileSet profiles, ReportContext? report)
    {
        if (row.Kind == DerivationKinds.ScoreApplicable) return report is null ? [] : [.. profiles.ApplicableTo(report)];
        var profile = profiles.Find(DerivationKinds.ProfileOf(row.Kind));
        if (profile is null) return null;
        return report is not null && profile.Applicability.Applies(report) ? [profile] : [];
    }
}

public static class StoredDocuments
{
    /// <summary>A stored document as the model reads it, or null when it no longer parses.</summary>
    public static ReportDocument? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var parsed = ReportParser.Parse(document.RootElement);
        return parsed.Succeeded ? parsed.Document : null;
    }
}
