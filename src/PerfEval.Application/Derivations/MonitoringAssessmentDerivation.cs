using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Monitoring;
using PerfEval.Domain.Declarations;
using PerfEval.Domain.Monitoring;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Assesses every monitoring period of claimed agency years (<see cref="MonitoringAssessment"/>): the current version of
/// each period against the nearest region's threshold, the approved declaration, the year's current self-evaluation and
/// the agency's headline profile. An assessment is stored, and announced (feed row, <c>monitoring.assessed</c>), only
/// when what it was computed from changed, so recomputing unchanged inputs writes nothing.
/// </summary>
public sealed class MonitoringAssessmentDerivation(
    IMonitoringAssessmentRepository assessments,
    IMonitoringRepository monitoring,
    IReportRepository reports,
    IDeclarationRepository declarations,
    Scoring.ProfileCatalog catalog,
    FollowUps followUps) : IDerivedWork
{
    public int Stage => 0;

    public bool Owns(string kind) => kind == DerivationKinds.MonitoringAssessment;

    public async Task<IDerivedResults> ComputeAsync(DerivationBatch batch, IReadOnlyList<Derivation> rows, CancellationToken cancellationToken)
    {
        var years = rows.Select(r => new ReportYear(r.AgencyId, r.FiscalYear)).ToHashSet();
        var periods = (await assessments.ListCurrentVersionsAsync(years, cancellationToken)).ToLookup(v => new ReportYear(v.AgencyId, v.FiscalYear));
        var stored = (await assessments.ListAsync(years, cancellationToken)).ToDictionary(a => (a.AgencyId, a.FiscalYear, a.Period));
        var heads = await reports.ListHeadsAsync(TenantScope.System, years, cancellationToken);
        var reportVersions = (await reports.FindVersionsAsync(TenantScope.System, [.. heads.Select(h => new VersionKey(h.AgencyId, h.FiscalYear, h.Version))], cancellationToken))
            .ToDictionary(v => new ReportYear(v.AgencyId, v.FiscalYear));
        var approved = (await declarations.ListApprovedAsync(years, cancellationToken)).ToDictionary(d => new ReportYear(d.AgencyId, d.FiscalYear));
        var profiles = await catalog.CurrentAsync(cancellationToken);
        var agencies = await catalog.AgenciesAsync(years.Select(y => y.AgencyId), cancellationToken);

        var changed = new List<StoredMonitoringAssessment>();
        foreach (var row in rows)
        {
            var year = new ReportYear(row.AgencyId, row.FiscalYear);
            if (!agencies.TryGetValue(row.AgencyId, out var agency) || !periods[year].Any())
            {
                batch.Completed(row);
                continue;
            }
            try
            {
                var report = reportVersions.TryGetValue(year, out var reportVersion) ? StoredDocuments.Parse(reportVersion.DocumentJson) : null;
                var declarationVersion = approved.GetValueOrDefault(year);
                var declaration = declarationVersion is null ? null : DeclarationParser.Parse(declarationVersion.DocumentJson).Document;
                var headline = profiles.HeadlineFor(agency.RegionPath);
                var assessed = new List<StoredMonitoringAssessment>();
                var unreadable = false;
                foreach (var version in periods[year])
                {
                    using var json = JsonDocument.Parse(version.DocumentJson);
                    if (MonitoringParser.Parse(json.RootElement).Document is not { } document)
                    {
                        unreadable = true;
                        break;
                    }
                    var threshold = await NearestThreshold.FindAsync(monitoring, agency.RegionPath, row.FiscalYear, version.Period, cancellationToken);
                    var assessment = MonitoringAssessment.Assess(document, NearestThreshold.Of(threshold), declaration, report, headline);
                    assessed.Add(Store(version, threshold, declarationVersion?.Version, report is null ? null : reportVersion!.Version, assessment, batch.Now));
                }
                if (unreadable)
                {
                    batch.Outcomes.Add(DerivationFailures.Permanent(row, "A stored monitoring version no longer parses under the current model."));
                    continue;
                }
                changed.AddRange(assessed.Where(a => stored.GetValueOrDefault((a.AgencyId, a.FiscalYear, a.Period))?.InputsHash != a.InputsHash));
                batch.Completed(row);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                batch.Failed(row, ex);
            }
        }
        return new Results(changed, assessments, followUps);
    }

    private static StoredMonitoringAssessment Store(MonitoringVersionRecord version, ThresholdRecord? threshold, int? declarationVersion, int? reportVersion,
        MonitoringAssessment assessment, DateTimeOffset now)
    {
        var detail = JsonSerializer.Serialize(new MonitoringAssessmentDetail(assessment.Indicators, assessment.Forecast, assessment.Findings), ApiJson.Options);
        var forecast = assessment.Forecast;
        // Everything the assessment was computed from, and what it found: equal hashes mean nothing to store or announce.
        var hash = Hashes.Sha256(string.Join("\n", version.Version, version.DocumentHash, threshold?.RegionCode, threshold?.MinExecutionRate, threshold?.EndsOn,
            declarationVersion, reportVersion, forecast.Profile, forecast.ProfileVersion, MonitoringConsistencyRules.Version, detail));
        return new StoredMonitoringAssessment(version.AgencyId, version.FiscalYear, version.Period, version.Version, declarationVersion, reportVersion,
            threshold?.RegionCode, assessment.Pace.ExecutionRate, assessment.Pace.MinExecutionRate, assessment.Pace.BelowThreshold ? 1 : 0, assessment.AtRiskIndicators,
            forecast.ForecastExecutionRate, forecast.ForecastScore, forecast.Profile, forecast.ProfileVersion, MonitoringConsistencyRules.Version,
            assessment.Findings.Count, hash, detail, now);
    }

    private sealed class Results(List<StoredMonitoringAssessment> changed, IMonitoringAssessmentRepository assessments, FollowUps followUps) : IDerivedResults
    {
        public async Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken)
        {
            if (changed.Count == 0) return [];
            await assessments.UpsertAsync(changed, cancellationToken);
            await followUps.MonitoringAssessedAsync(changed, batch.Now, cancellationToken);
            // Monitoring is not part of a report year's dashboard fact: no summary changes.
            return [];
        }
    }
}
