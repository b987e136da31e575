using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PerfEval.Infrastructure.Repositories;

namespace PerfEval.Api.Health;

/// <summary>PerfEval:Health: what readiness tolerates.</summary>
public sealed class HealthOptions
{
    public const string Section = "PerfEval:Health";

    /// <summary>Readiness is Degraded when an owed derived result has waited longer than this (0 turns the check off).</summary>
    public int MaxBacklogAgeSeconds { get; set; } = 900;
}

/// <summary>
/// Degraded (still serving: HTTP 200 with "Degraded") when the oldest owed derivation waited too long: workers are
/// missing, stuck or outpaced. Unreachable databases are the database check's to report.
/// </summary>
public sealed class DerivationBacklogCheck(DerivationBacklog backlog, IOptions<HealthOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.MaxBacklogAgeSeconds;
        if (limit <= 0) return HealthCheckResult.Healthy("Backlog age check is off.");
        IReadOnlyList<BacklogOfKind> rows;
        try
        {
            rows = await backlog.ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Healthy("Backlog not readable; see the database check.");
        }
        var now = time.GetUtcNow();
        var late = rows.Where(r => (now - r.OldestSince).TotalSeconds > limit).OrderBy(r => r.OldestSince).ToList();
        if (late.Count == 0) return HealthCheckResult.Healthy($"No derivation owed for more than {limit} s.");
        var data = late.ToDictionary(r => r.Kind, r => (object)Math.Round((now - r.OldestSince).TotalSeconds));
        return HealthCheckResult.Degraded($"Derivations owed for more than {limit} s: {string.Join(", ", late.Select(r => r.Kind))}.", data: data);
    }
}
