using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Admin;

public sealed record GetRescoreRun(string Id) : IQuery<RescoreProgress>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;
}

/// <summary>Progress is one count over the run's ledger rows.</summary>
public sealed class GetRescoreRunHandler(IRescoreRepository runs, IDerivationLedger ledger) : IQueryHandler<GetRescoreRun, RescoreProgress>
{
    public async ValueTask<RescoreProgress> Handle(GetRescoreRun query, CancellationToken cancellationToken)
    {
        var run = await runs.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException($"Rescore run {query.Id} was not found.");
        return RescoreProgress.Of(run, await ledger.CountRunAsync(run.Id, cancellationToken));
    }
}
