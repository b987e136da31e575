using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Dashboards;

/// <summary>One agency's place: rank 1 is the highest value; percentiles are within the region and within the agencies of the same sector there.</summary>
public sealed record RankedAgency(int Rank, string AgencyId, string AgencyName, string RegionCode, string? Sector, decimal Value,
    decimal PercentileInRegion, int PeerCohortSize, decimal PercentileInPeerCohort);

/// <summary>A ranking, or one page of it: <see cref="Total"/> agencies are ranked, <see cref="Items"/> holds those from <see cref="Offset"/> on.</summary>
public sealed record Rankings(string RegionCode, int FiscalYear, string Metric, DateTimeOffset? DataAsOf, int Total, int Offset, IReadOnlyList<RankedAgency> Items,
    IReadOnlyList<string> AvailableMetrics);

/// <summary>
/// Agencies of a region ranked by one metric of a fiscal year: <c>score</c> (the computed score), a figure or common
/// indicator of the report (its metric key, e.g. <c>expenditure.total</c>), <c>selfScore</c> (自评得分 as stated), <c>score:&lt;profile&gt;</c>, or a
/// year-over-year change in percent (<c>yoy:&lt;metric key&gt;</c>), or the self-evaluation's changes to its declared
/// targets (<c>targetChanges</c>: every PE-DCL finding of its stored check; <c>targetsLowered</c>: PE-DCL-001 only).
/// Agencies without the metric are left out. <see cref="Limit"/> and <see cref="Offset"/> return one page of the ranking
/// (a national year ranks hundreds of thousands of agencies); ranks and percentiles are among all of them either way.
/// </summary>
public sealed record GetRankings(string RegionCode, int? FiscalYear, string? Metric, int? Limit = null, int? Offset = null)
    : IQuery<Rankings>, IMayReadFromReplica, IValidatable, IRequiresRole
{
    public const string ComputedScore = "score";
    public const string SelfScore = "selfScore";
    public const string TargetChanges = "targetChanges";
    public const string TargetsLowered = "targetsLowered";
    public const int MaxMetricLength = 200;
    public const int MaxLimit = 100_000;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (FiscalYear is null) yield return new("/fiscalYear", "fiscalYear is required.");
        if (string.IsNullOrWhiteSpace(Metric)) yield return new("/metric", "metric is required (score, selfScore, a metric key, score:<profile> or yoy:<metric key>).");
        else if (Metric.Length > MaxMetricLength || Metric.Any(c => c is '"' or '\\' || char.IsControl(c)))
            yield return new("/metric", $"metric is a metric key: at most {MaxMetricLength} characters, without quotes, backslashes or control characters.");
        if (Limit is < 1 or > MaxLimit) yield return new("/limit", $"limit is between 1 and {MaxLimit}.");
        if (Offset is < 0) yield return new("/offset", "offset is 0 or more.");
    }
}

public sealed class GetRankingsHandler(IDashboardRepository dashboards, IRegionRepository regions, IDeclarationRepository declarations, ICallerAccessor caller)
    : IQueryHandler<GetRankings, Rankings>
{
    public async ValueTask<Rankings> Handle(GetRankings query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await DashboardScope.RegionAsync(regions, scope, query.RegionCode, cancellationToken);
        var year = query.FiscalYear!.Value;
        var metric = query.Metric!;
        var changes = metric is GetRankings.TargetChanges or GetRankings.TargetsLowered
            ? await TargetChangeFacts.ReadAsync(declarations, scope, region.Path, year, cancellationToken)
            : null;
        // Only the ranked number of each fact is read (a national year is one row per agency; all their metrics are not).
        var facts = await dashboards.ListValuesAsync(scope, region.Path, year, SourceOf(metric, changes is not null), cancellationToken);
        var valued = facts.Select(f => (Agency: f, Value: changes is null ? f.Value : ChangesOf(f.AgencyId, year, metric, changes)))
            .Where(v => v.Value is not null)
            .Select(v => (v.Agency, Value: v.Value!.Value)).OrderByDescending(v => v.Value).ThenBy(v => v.Agency.AgencyId, StringComparer.Ordinal).ToList();
        // Ranks and percentiles per distinct value, computed once from the sorted values: a national ranking has
        // hundreds of thousands of agencies, and counting the peers again for each of them would be quadratic.
        var all = PercentileRank.Table(valued.Select(v => v.Value).ToList());
        var bySector = valued.GroupBy(v => v.Agency.Sector ?? "")
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Percentiles: PercentileRank.Table(g.Select(v => v.Value).ToList())));

        var offset = query.Offset ?? 0;
        var items = valued.Skip(offset).Take(query.Limit ?? int.MaxValue).Select(v =>
        {
            var peers = bySector[v.Agency.Sector ?? ""];
            var place = all[v.Value];
            return new RankedAgency(place.Rank, v.Agency.AgencyId, v.Agency.AgencyName, v.Agency.RegionCode, v.Agency.Sector, v.Value,
                place.Percentile, peers.Count, peers.Percentiles[v.Value].Percentile);
        }).ToList();
        var available = (await dashboards.ListMetricKeysAsync(scope, region.Path, year, facts.Select(f => f.MetricSet).Distinct().ToList(), cancellationToken))
            .Append(GetRankings.ComputedScore).Append(GetRankings.SelfScore).Append(GetRankings.TargetChanges).Append(GetRankings.TargetsLowered)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new Rankings(region.Code, year, metric, facts.Count == 0 ? null : facts.Max(f => f.ComputedAt), valued.Count, offset, items, available);
    }

    private static FactValueSource SourceOf(string metric, bool fromChecks) =>
        fromChecks ? new FactValueSource.None()
        : metric == GetRankings.ComputedScore ? new FactValueSource.Column(FactValueSource.Score)
        : metric == GetRankings.SelfScore ? new FactValueSource.Column(FactValueSource.SelfScore)
        : new FactValueSource.Metric(metric);

    private static decimal? ChangesOf(string agencyId, int fiscalYear, string metric, IReadOnlyDictionary<(string AgencyId, int FiscalYear), Domain.Declarations.TargetChangeCounts> changes) =>
        changes.TryGetValue((agencyId, fiscalYear), out var counts) ? metric == GetRankings.TargetChanges ? counts.Total : counts.Lowered : null;
}
