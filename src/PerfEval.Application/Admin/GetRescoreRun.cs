using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Admin;

public sealed record GetRescoreRun(string Id) : IQuery<RescoreProgress>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;
}

public sealed class GetRescoreRunHandler(IRescoreRepository runs) : IQueryHandler<GetRescoreRun, RescoreProgress>
{
    public async ValueTask<RescoreProgress> Handle(GetRescoreRun query, CancellationToken cancellationToken)
    {
        var run = await runs.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException($"Rescore run {query.Id} was not found.");
        var profiles = ScoringProfiles.All.Where(p => run.Profile is null || p.Id == run.Profile).Select(p => (p.Id, p.Version)).ToList();
        var scored = await runs.CountScoredAsync(run.Id, profiles, cancellationToken);
        return new RescoreProgress(run.Id, run.State, run.RegionCode, run.FiscalYear, run.Profile, run.Total, run.Enqueued, scored, run.RequestedAt, run.UpdatedAt);
    }
}
