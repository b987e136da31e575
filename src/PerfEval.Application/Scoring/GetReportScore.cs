using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Scoring;

/// <summary>A stored score result with the time it was computed.</summary>
public sealed record ComputedScore : ScoreResult
{
    public ComputedScore(ScoreResult result, DateTimeOffset computedAt) : base(result) => ComputedAt = computedAt;

    public DateTimeOffset ComputedAt { get; init; }
}

public sealed record ReportScore(string AgencyId, int FiscalYear, int Version, string ScoringState, string? Reason, IReadOnlyList<ComputedScore> Results);

/// <summary>Stored score results of a version (current unless given), for all profiles or one.</summary>
public sealed record GetReportScore(string AgencyId, int FiscalYear, int? Version, string? Profile) : IQuery<ReportScore>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetReportScoreHandler(IReportRepository reports, IScoringRepository scoring, IDerivationLedger ledger, ICallerAccessor caller)
    : IQueryHandler<GetReportScore, ReportScore>
{
    public async ValueTask<ReportScore> Handle(GetReportScore query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        var key = new VersionKey(query.AgencyId, query.FiscalYear, query.Version ?? head.Version);
        if (key.Version < 1 || key.Version > head.Version) throw new NotFoundException($"Version {key.Version} does not exist.");
        var state = ScoringStates.Of(await ledger.ListForVersionAsync(scope, key, cancellationToken));
        var results = (await scoring.ListScoresAsync(scope, key, cancellationToken))
            .Where(s => query.Profile is null || s.Profile == query.Profile)
            .GroupBy(s => s.Profile)
            .Select(g => g.OrderByDescending(s => s.ComputedAt).First())
            .Select(s => new ComputedScore(JsonSerializer.Deserialize<ScoreResult>(s.ResultJson, ApiJson.Options)!, s.ComputedAt))
            .ToList();
        return new ReportScore(key.AgencyId, key.FiscalYear, key.Version, state.State, state.Reason, results);
    }
}
