using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.Abstractions;

public sealed record RegionFinding(string AgencyId, string AgencyName, string RegionCode, int FiscalYear, int Version, Finding Finding)
{
    private RegionFinding() : this("", "", "", 0, 0, null!) { }
}
