using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Derivations;

/// <summary>
/// Audits claimed stored versions again under the running ruleset and takes their metrics snapshot again. The
/// findings are stored per ruleset beside the ones stored at save (which stay as they were); the document is only read.
/// </summary>
public sealed class ReauditDerivation(IReportRepository reports, IReportAuditRepository audits) : IDerivedWork
{
    public int Stage => 0;

    public bool Owns(string kind) => kind == DerivationKinds.Reaudit;

    public async Task<IDerivedResults> ComputeAsync(DerivationBatch batch, IReadOnlyList<Derivation> rows, CancellationToken cancellationToken)
    {
        var versions = (await reports.FindVersionsAsync(TenantScope.System, rows.Select(r => r.VersionKey).Distinct().ToList(), cancellationToken))
            .ToDictionary(v => new VersionKey(v.AgencyId, v.FiscalYear, v.Version));
        var results = new List<(StoredAudit Audit, MetricsSnapshot Metrics)>();
        foreach (var row in rows)
        {
            if (!versions.TryGetValue(row.VersionKey, out var version))
            {
                batch.Outcomes.Add(DerivationFailures.Permanent(row, "The version does not exist."));
                continue;
            }
            try
            {
                if (StoredDocuments.Parse(version.DocumentJson) is not { } document)
                {
                    batch.Outcomes.Add(DerivationFailures.Permanent(row, "The stored document no longer parses under the current model."));
                    continue;
                }
                var audit = AuditEngine.Run(document);
                var findings = audit.Findings;
                results.Add((new StoredAudit(row.AgencyId, row.FiscalYear, row.Version, audit.RulesetVersion, JsonSerializer.Serialize(findings, ApiJson.Options),
                    findings.Count(f => f.Severity == Severities.Error), findings.Count(f => f.Severity == Severities.Warning),
                    findings.Count(f => f.Severity != Severities.Error && f.Severity != Severities.Warning), batch.Now), MetricsSnapshot.Of(document)));
                batch.Completed(row);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                batch.Failed(row, ex);
            }
        }
        return new Results(results, audits);
    }

    private sealed class Results(List<(StoredAudit Audit, MetricsSnapshot Metrics)> results, IReportAuditRepository audits) : IDerivedResults
    {
        public async Task<IReadOnlyCollection<ReportYear>> RecordAsync(DerivationBatch batch, CancellationToken cancellationToken)
        {
            foreach (var (audit, metrics) in results.OrderBy(r => r.Audit.AgencyId, StringComparer.Ordinal).ThenBy(r => r.Audit.FiscalYear).ThenBy(r => r.Audit.Version))
            {
                await audits.UpsertAsync(audit, cancellationToken);
                await audits.UpdateMetricsAsync(new VersionKey(audit.AgencyId, audit.FiscalYear, audit.Version), metrics, cancellationToken);
            }
            // The dashboard facts show the metrics snapshots: they are owed again.
            return results.Select(r => new ReportYear(r.Audit.AgencyId, r.Audit.FiscalYear)).ToHashSet();
        }
    }
}
