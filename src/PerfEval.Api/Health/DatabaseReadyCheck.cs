using Microsoft.Extensions.Diagnostics.HealthChecks;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Health;

/// <summary>Ready = the database answers and every migration is applied.</summary>
public sealed class DatabaseReadyCheck(MigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await migrations.IsUpToDateAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Database reachable and migrated.")
                : HealthCheckResult.Unhealthy("Database reachable but migrations are pending.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", ex);
        }
    }
}
