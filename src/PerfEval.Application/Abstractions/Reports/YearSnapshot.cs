using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

/// <summary>What year-over-year needs of one report year: its current version and that version's metrics snapshot.</summary>
public sealed record YearSnapshot(string AgencyId, int FiscalYear, int Version, string DocumentHash, MetricsSnapshot? Metrics)
{
    private YearSnapshot() : this("", 0, 0, "", null) { }

    public VersionKey Key => new(AgencyId, FiscalYear, Version);
}
