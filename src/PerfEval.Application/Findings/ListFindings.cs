using Mediator;
using PerfEval.Domain.Audit;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Regions;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Findings;

public sealed record AgencyFinding(string AgencyId, string AgencyName, string RegionCode, int FiscalYear, int Version, Finding Finding);

/// <summary>Which agencies have which problems: findings of the current versions in the caller's region.</summary>
public sealed record ListFindings(string? RegionCode, int? FiscalYear, string? RuleId, string? Severity, int? Limit)
    : IQuery<IReadOnlyList<AgencyFinding>>, IValidatable, IRequiresRole
{
    public const int MaxLimit = 5000;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (Severity is not null and not ("error" or "warning" or "info")) yield return new("/severity", "severity must be error, warning or info.");
        if (Limit is < 1 or > MaxLimit) yield return new("/limit", $"limit must be between 1 and {MaxLimit}.");
    }
}

public sealed class ListFindingsHandler(IReportRepository reports, IRegionRepository regions, ICallerAccessor caller)
    : IQueryHandler<ListFindings, IReadOnlyList<AgencyFinding>>
{
    public async ValueTask<IReadOnlyList<AgencyFinding>> Handle(ListFindings query, CancellationToken cancellationToken)
    {
        var region = await RegionFilter.ResolveAsync(regions, query.RegionCode, cancellationToken);
        if (!region.Matches) return [];
        var rows = await reports.ListCurrentFindingsAsync(caller.Require(), new FindingFilter(region.Path, query.FiscalYear, query.RuleId, query.Severity),
            query.Limit ?? 1000, cancellationToken);
        return rows.Select(r => new AgencyFinding(r.AgencyId, r.AgencyName, r.RegionCode, r.FiscalYear, r.Version, r.Finding)).ToList();
    }
}
