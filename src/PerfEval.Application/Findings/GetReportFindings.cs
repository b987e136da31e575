using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
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
        var head = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        var key = new VersionKey(query.AgencyId, query.FiscalYear, query.Version ?? head.Version);
        var version = await reports.FindVersionAsync(scope, key, cancellationToken)
            ?? throw new NotFoundException($"Version {key.Version} does not exist.");
        var findings = await reports.FindFindingsAsync(scope, key, cancellationToken) ?? [];
        return new ReportFindings(key.AgencyId, key.FiscalYear, key.Version, version.RulesetVersion, version.Counts, findings);
    }
}
