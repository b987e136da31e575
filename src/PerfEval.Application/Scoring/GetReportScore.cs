using System.Text.Json;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Scoring;

public sealed record ReportScore(string AgencyId, int FiscalYear, int Version, string ScoringState, string? Reason, IReadOnlyList<JsonElement> Results);

/// <summary>Stored score results of a version (current unless given), for all profiles or one.</summary>
public sealed record GetReportScore(string AgencyId, int FiscalYear, int? Version, string? Profile) : IQuery<ReportScore>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetReportScoreHandler(IReportRepository reports, IScoringRepository scoring, ICallerAccessor caller) : IQueryHandler<GetReportScore, ReportScore>
{
    public async ValueTask<ReportScore> Handle(GetReportScore query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await reports.FindHeadAsync(scope, query.AgencyId, query.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {query.AgencyId} for {query.FiscalYear}.");
        var key = new VersionKey(query.AgencyId, query.FiscalYear, query.Version ?? head.Version);
        var state = await scoring.FindStateAsync(scope, key, cancellationToken)
            ?? throw new NotFoundException($"Version {key.Version} does not exist.");
        var results = (await scoring.ListScoresAsync(scope, key, cancellationToken))
            .Where(s => query.Profile is null || s.Profile == query.Profile)
            .GroupBy(s => s.Profile)
            .Select(g => g.OrderByDescending(s => s.ComputedAt).First())
            .Select(s =>
            {
                using var json = JsonDocument.Parse(s.ResultJson);
                return json.RootElement.Clone();
            })
            .ToList();
        return new ReportScore(key.AgencyId, key.FiscalYear, key.Version, state.State, state.Reason, results);
    }
}
