using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

/// <summary>A finding as stored with its version.</summary>
public sealed record VersionFinding(string AgencyId, int FiscalYear, int Version, Finding Finding)
{
    private VersionFinding() : this("", 0, 0, null!) { }

    public VersionKey Key => new(AgencyId, FiscalYear, Version);
}
