using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Reports;

namespace PerfEval.Application.Findings;

public sealed record ReportFindings(string AgencyId, int FiscalYear, int Version, string RulesetVersion, FindingCounts Counts, JsonElement Findings);

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
        var version = query.Version ?? head.Version;
        var json = await reports.FindFindingsJsonAsync(scope, query.AgencyId, query.FiscalYear, version, cancellationToken)
            ?? throw new NotFoundException($"Version {version} does not exist.");
        var ruleset = await reports.FindRulesetVersionAsync(scope, query.AgencyId, query.FiscalYear, version, cancellationToken) ?? "";
        using var findings = JsonDocument.Parse(json);
        return new ReportFindings(query.AgencyId, query.FiscalYear, version, ruleset, FindingsJson.Count(json), findings.RootElement.Clone());
    }
}
