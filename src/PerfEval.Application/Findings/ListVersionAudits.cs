using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Audit;

namespace PerfEval.Application.Findings;

/// <summary>One audit of a version: at save (<c>save</c>) or again later under a newer ruleset (<c>reaudit</c>).</summary>
public sealed record VersionAudit(string RulesetVersion, string Origin, DateTimeOffset AuditedAt, FindingCounts Counts, IReadOnlyList<Finding> Findings);

public static class AuditOrigins
{
    public const string Save = "save";
    public const string Reaudit = "reaudit";
}

/// <summary>Every audit of a version, oldest first: the findings stored at save stay readable beside later rulesets'.</summary>
public sealed record ListVersionAudits(string AgencyId, int FiscalYear, int? Version) : IQuery<IReadOnlyList<VersionAudit>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ListVersionAuditsHandler(IReportRepository reports, IReportAuditRepository audits, ICallerAccessor caller)
    : IQueryHandler<ListVersionAudits, IReadOnlyList<VersionAudit>>
{
    public async ValueTask<IReadOnlyList<VersionAudit>> Handle(ListVersionAudits query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"Report {query.AgencyId}/{query.FiscalYear} was not found.");
        var key = new VersionKey(query.AgencyId, query.FiscalYear, query.Version ?? head.Version);
        var version = await reports.FindVersionAsync(scope, key, cancellationToken) ?? throw new NotFoundException($"Version {key.Version} was not found.");
        var saved = await reports.FindFindingsAsync(scope, key, cancellationToken) ?? [];
        List<VersionAudit> list =
        [
            new(version.RulesetVersion, AuditOrigins.Save, version.CreatedAt, new FindingCounts(version.ErrorCount, version.WarningCount, version.InfoCount), saved),
            .. (await audits.ListAsync(scope, key, cancellationToken)).Select(a => new VersionAudit(a.RulesetVersion, AuditOrigins.Reaudit, a.AuditedAt,
                new FindingCounts(a.ErrorCount, a.WarningCount, a.InfoCount), JsonSerializer.Deserialize<List<Finding>>(a.FindingsJson, ApiJson.Options) ?? [])),
        ];
        return list;
    }
}
