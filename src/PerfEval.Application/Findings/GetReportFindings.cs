using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Reports;
using PerfEval.Domain.Audit;

namespace PerfEval.Application.Findings;

public sealed record ReportFindings(string AgencyId, int FiscalYear, int Version, string RulesetVersion, FindingCounts Counts, IReadOnlyList<Finding> Findings);

/// <summary>The consistency findings stored with a version (the current one unless <see cref="Version"/> is given).</summary>
public sealed record GetReportFindings(string AgencyId, int FiscalYear, int? Version) : IQuery<ReportFindings>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetReportFindingsHandler(IReportRepository reports, ICallerAccessor caller) : IQueryHandler<GetReportFindings, ReportFindings>
{
    public async ValueTask<ReportFindings> Handle(GetReportFindings query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var (_, version) = await reports.FindAsync(scope, query.AgencyId, query.FiscalYear, query.Version, cancellationToken);
        var key = new VersionKey(version.AgencyId, version.FiscalYear, version.Version);
        var findings = await reports.FindFindingsAsync(scope, key, cancellationToken) ?? [];
        return new ReportFindings(key.AgencyId, key.FiscalYear, key.Version, version.RulesetVersion, version.Counts, findings);
    }
}
