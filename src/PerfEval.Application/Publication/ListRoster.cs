using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Regions;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Publication;

/// <summary>
/// The expected reports of a fiscal year in a region (and its descendants) with their publication status: which
/// agencies have not submitted, are in progress, published on time or late, or are overdue, with due dates and days late.
/// </summary>
public sealed record ListRoster(string? RegionCode, int FiscalYear, string? Status) : IQuery<IReadOnlyList<RosterView>>, IValidatable, IRequiresRole
{
    public static readonly IReadOnlyList<string> Statuses = ["not_submitted", "in_progress", "published_on_time", "published_late", "published_undated", "overdue"];

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (FiscalYear is < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear must be between 1990 and 2100.");
        if (RegionCode is not null && !RegionCodes.IsWellFormed(RegionCode)) yield return new("/regionCode", "Region code must be 6 digits.");
        if (Status is not null && !Statuses.Contains(Status)) yield return new("/status", $"status must be one of {string.Join(", ", Statuses)}.");
    }
}

public sealed class ListRosterHandler(IRosterRepository roster, IRegionRepository regions, ICallerAccessor caller) : IQueryHandler<ListRoster, IReadOnlyList<RosterView>>
{
    public async ValueTask<IReadOnlyList<RosterView>> Handle(ListRoster query, CancellationToken cancellationToken)
    {
        var region = await RegionFilter.ResolveAsync(regions, query.RegionCode, cancellationToken);
        if (!region.Matches) return [];
        var entries = await roster.ListAsync(caller.Require(), region.Path, query.FiscalYear, cancellationToken);
        return query.Status is null ? entries : entries.Where(e => e.Status == query.Status).ToList();
    }
}
