using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Reports;

public sealed record ListReportVersions(string AgencyId, int FiscalYear) : IQuery<IReadOnlyList<ReportVersionSummary>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ListReportVersionsHandler(IReportRepository reports, ICallerAccessor caller)
    : IQueryHandler<ListReportVersions, IReadOnlyList<ReportVersionSummary>>
{
    public async ValueTask<IReadOnlyList<ReportVersionSummary>> Handle(ListReportVersions query, CancellationToken cancellationToken)
    {
        var versions = await reports.ListVersionsAsync(caller.Require(), query.AgencyId, query.FiscalYear, cancellationToken);
        if (versions.Count == 0) throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        return versions.Select(v => new ReportVersionSummary(v.Version, v.Status, v.CreatedAt, v.CreatedBy, v.SubmittedAt, v.DocumentHash)).ToList();
    }
}
