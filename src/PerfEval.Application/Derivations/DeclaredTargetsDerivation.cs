using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Changes;
using PerfEval.Application.Common;
using PerfEval.Domain.Declarations;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Checks claimed report years' current self-evaluations against their approved declarations: the target-change
/// findings, and the score under the declared targets beside the score under the quoted ones for every profile that
/// scores the 自评表. A year without a report or without an approved declaration has nothing to check.
/// </summary>
public sealed class DeclaredTargetsDerivation(IReportRepository reports, IDeclarationRepository declarations, IChangeLog changes, Scoring.ProfileCatalog catalog)
    : IDerivedWork
{
    public int Stage => 0;

    public bool Owns(string kind) => kind == DerivationKinds.DeclaredTargets;

    public async Task<IDerivedResults> ComputeAsync(DerivationBatch batch, IReadOnlyList<Derivation> rows, CancellationToken cancellationToken)
    {
        var years = rows.Select(r => new ReportYear(r.AgencyId, r.FiscalYear)).ToHashSet();
        var heads = (await reports.ListHeadsAsync(TenantScope.System, years, cancellationToken)).ToDictionary(h => new ReportYear(h.AgencyId, h.FiscalYear));
        var keys = heads.Values.Select(h => new VersionKey(h.AgencyId, h.FiscalYear, h.Version)).ToList();
        var versions = (await reports.FindVersionsAsync(TenantScope.System, keys, cancellationToken)).ToDictionary(v => new ReportYear(v.AgencyId, v.FiscalYear));
        var findings = await reports.FindFindingsAsync(TenantScope.System, keys, cancellationToken);
        var approved = (await declarations.ListApprovedAsync(years, cancellationToken)).ToDictionary(d => new ReportYear(d.AgencyId, d.FiscalYear));
        var profiles = await catalog.CurrentAsync(cancellationToken);
        var agencies = await catalog.AgenciesAsync(heads.Keys.Select(y => y.AgencyId), cancellationToken);
        var headlines = new Dictionary<ReportYear, string>();

        var checks = new List<StoredTargetCheck>();
        var scores = new List<StoredDeclaredScore>();
        foreach (var row in rows)
        {
            var year = new ReportYear(row.AgencyId, row.FiscalYear);
            if (!versions.TryGetValue(year, out var version) || !approved.TryGetValue(year, out var declarationVersion))
            {
                batch.Completed(row);
                continue;
            }
            try
            {
                var report = StoredDocuments.Parse(version.DocumentJson);
                var declaration = DeclarationParser.Parse(declarationVersion.DocumentJson).Document;
                if (report is null || declaration is null)
                {
                    batch.Outcomes.Add(DerivationFailures.Permanent(row, "The stored report or declaration no longer parses under the current model."));
                    continue;
                }
                var found = TargetChangeRules.Run(TargetMatching.Compare(report, declaration));
                checks.Add(new StoredTargetCheck(row.AgencyId, row.FiscalYear, version.Version, declarationVersion.Version, TargetChangeRules.Version,
                    JsonSerializer.Serialize(found, ApiJson.Options), found.Count(f => f.Severity == Domain.Audit.Severities.Error),
                    found.Count(f => f.Severity == Domain.Audit.Severities.Warning), batch.Now));
                var stated = findings.GetValueOrDefault(new VersionKey(version.AgencyId, version.FiscalYear, version.Version)) ?? [];
                var context = agencies.TryGetValue(row.AgencyId, out var agency) ? Scoring.ProfileCatalog.Context(agency, row.FiscalYear) : null;
                headlines[year] = profiles.HeadlineFor(context?.RegionPath ?? "").Id;
                foreach (var profile in context is null ? [] : profiles.ApplicableTo(context).Where(p => p.Kind == ProfileKinds.SelfEvaluationTable))
                {
                    var score = DeclaredTargetScorer.Score(report, declaration, profile, stated);
                    scores.Add(new StoredDeclaredScore(row.AgencyId, row.FiscalYear, profile.Id, profile.Version, version.Version, declarationVersion.Version,
                        score.QuotedTotal, score.DeclaredTotal, score.Difference, JsonSerializer.Serialize(score, ApiJson.Options), batch.Now));
                }
                batch.Completed(row);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                batch.Failed(row, ex);
            }
        }
        return new Results(checks, scores, headlines, declarations, changes);
    }

    private sealed class Results(List<StoredTargetCheck> checks, List<StoredDeclaredScore> scores, Dictionary<ReportYear, string> headlines,
        IDeclarationRepository declarations, IChangeLog changes) : IDerivedResults
    {
        public async Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken)
        {
            if (checks.Count == 0) return [];
            await declarations.UpsertChecksAsync(checks, scores, cancellationToken);
            await changes.AppendAsync([.. checks.Select(c => ChangeDetails.DeclaredTargets(c,
                scores.FirstOrDefault(s => s.AgencyId == c.AgencyId && s.FiscalYear == c.FiscalYear && s.Profile == headlines.GetValueOrDefault(new ReportYear(c.AgencyId, c.FiscalYear)))))], cancellationToken);
            return checks.Select(c => new ReportYear(c.AgencyId, c.FiscalYear)).ToHashSet();
        }
    }
}
