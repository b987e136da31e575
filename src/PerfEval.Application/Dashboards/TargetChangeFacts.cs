using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Declarations;

namespace PerfEval.Application.Dashboards;

/// <summary>
/// Agencies of a region whose self-evaluation departs from the approved declaration, by kind: each count is of
/// agency-years whose stored check has at least one such finding (<see cref="Checked"/> agency-years have a check).
/// </summary>
public sealed record TargetChangeSummary(int Checked, int WithChanges, int Lowered, int Dropped, int Added, int WeightMoved, int Other)
{
    public static TargetChangeSummary Of(IReadOnlyCollection<TargetChangeCounts> checks) => new(
        checks.Count, checks.Count(c => c.Total > 0), checks.Count(c => c.Lowered > 0), checks.Count(c => c.Dropped > 0),
        checks.Count(c => c.Added > 0), checks.Count(c => c.WeightMoved > 0), checks.Count(c => c.Other > 0));
}

/// <summary>
/// The target-change counts of the stored declared-target checks (ledger kind declared-targets) under a region, read
/// in one statement within the caller's scope; nothing is recomputed in the request.
/// </summary>
public static class TargetChangeFacts
{
    public static async Task<IReadOnlyDictionary<(string AgencyId, int FiscalYear), TargetChangeCounts>> ReadAsync(
        IDeclarationRepository declarations, TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken)
    {
        var checks = await declarations.ListChecksAsync(scope, regionPath, fiscalYear, cancellationToken);
        return checks.ToDictionary(c => (c.AgencyId, c.FiscalYear),
            c => TargetChangeCounts.Of((JsonSerializer.Deserialize<IReadOnlyList<TargetChangeFinding>>(c.FindingsJson, ApiJson.Options) ?? []).Select(f => f.RuleId)));
    }
}
