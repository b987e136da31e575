using PerfEval.Domain.Publication;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Regions;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Reports;

/// <summary>Cursor-paged list of reports for platform (admin) and region reviewers.</summary>
public sealed record ListReports(string? RegionCode, int? FiscalYear, string? Status, int? Limit, string? Cursor)
    : IQuery<Page<ReportSummary>>, IValidatable, IRequiresRole
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (Limit is < 1 or > MaxLimit) yield return new("/limit", $"limit must be between 1 and {MaxLimit}.");
        if (Status is not null && !WorkflowNames.States.Contains(Status)) yield return new("/status", $"status must be one of {string.Join(", ", WorkflowNames.States)}.");
        if (Cursor is not null && !ReportCursor.TryDecode(Cursor, out _, out _)) yield return new("/cursor", "Unrecognised cursor.");
    }
}

public sealed class ListReportsHandler(IReportRepository reports, IRegionRepository regions, ICallerAccessor caller)
    : IQueryHandler<ListReports, Page<ReportSummary>>
{
    public async ValueTask<Page<ReportSummary>> Handle(ListReports query, CancellationToken cancellationToken)
    {
        var region = await RegionFilter.ResolveAsync(regions, query.RegionCode, cancellationToken);
        if (!region.Matches) return new Page<ReportSummary>([], null);
        var page = await reports.ListAsync(caller.Require(), new ReportListFilter(region.Path, query.FiscalYear, query.Status),
            query.Limit ?? ListReports.DefaultLimit, query.Cursor, cancellationToken);
        return new Page<ReportSummary>(page.Items.Select(ReportSummary.From).ToList(), page.NextCursor);
    }
}
