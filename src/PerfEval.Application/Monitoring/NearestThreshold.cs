using PerfEval.Application.Abstractions;
using PerfEval.Domain.Monitoring;

namespace PerfEval.Application.Monitoring;

/// <summary>The threshold that applies to an agency's period: the one set by the nearest region on its path (its own, then those above it).</summary>
public static class NearestThreshold
{
    public static Task<ThresholdRecord?> FindAsync(IMonitoringRepository monitoring, AgencyRecord agency, int fiscalYear, string period, CancellationToken cancellationToken) =>
        FindAsync(monitoring, agency.RegionPath, fiscalYear, period, cancellationToken);

    public static async Task<ThresholdRecord?> FindAsync(IMonitoringRepository monitoring, string regionPath, int fiscalYear, string period, CancellationToken cancellationToken)
    {
        // The agency's region path lists its region and every region above it ("430000/430400/430423/"): nearest first.
        var chain = regionPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse().ToList();
        var thresholds = await monitoring.ListThresholdsAsync(chain, fiscalYear, period, cancellationToken);
        return chain.Select(code => thresholds.FirstOrDefault(t => t.RegionCode == code)).FirstOrDefault(t => t is not null);
    }

    public static PeriodThreshold? Of(ThresholdRecord? record) => record is null ? null : new PeriodThreshold(record.Period, record.EndsOn, record.MinExecutionRate);
}
