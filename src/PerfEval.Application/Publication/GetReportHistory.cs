using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Publication;

/// <summary>Every workflow transition of a report year, oldest first: who (key id and name), when, from, to, why, which version.</summary>
public sealed record GetReportHistory(string AgencyId, int FiscalYear) : IQuery<IReadOnlyList<TransitionRecord>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetReportHistoryHandler(IReportRepository reports, IWorkflowRepository workflow, ICallerAccessor caller)
    : IQueryHandler<GetReportHistory, IReadOnlyList<TransitionRecord>>
{
    public async ValueTask<IReadOnlyList<TransitionRecord>> Handle(GetReportHistory query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        _ = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        return await workflow.ListAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken);
    }
}
