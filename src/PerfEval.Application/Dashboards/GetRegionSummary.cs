using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Publication;

namespace PerfEval.Application.Dashboards;

public sealed record CountByKey(string Key, int Count);

public sealed record RuleFrequency(string RuleId, int Findings, int Reports);

/// <summary>A band of self-score minus computed score: [From, To).</summary>
public sealed record DifferenceBand(decimal From, decimal To, int Count);

public sealed record ScoreInflation(Distribution Difference, int Inflated, int Deflated, int Equal, IReadOnlyList<DifferenceBand> Bands);

public sealed record FindingTotals(int Errors, int Warnings, int Infos, IReadOnlyList<RuleFrequency> MostFrequent);

public sealed record OverdueAgency(string AgencyId, string AgencyName, string RegionCode, int FiscalYear);

/// <summary>A region and its descendants for one fiscal year (or all years), computed from the dashboard facts.</summary>
public sealed record RegionSummary(
    string RegionCode,
    string RegionName,
    int? FiscalYear,
    DateTimeOffset? DataAsOf,
    int AgencyYears,
    int Reports,
    IReadOnlyList<CountByKey> WorkflowStates,
    IReadOnlyList<CountByKey> PublicationStatuses,
    string ScoreProfile,
    Distribution Scores,
    IReadOnlyList<CountByKey> Grades,
    ScoreInflation ScoreInflation,
    FindingTotals Findings,
    IReadOnlyList<OverdueAgency> Overdue,
    TargetChangeSummary TargetChanges);

/// <summary>
/// Counts by workflow and publication status, the computed scores' distribution and grades, self-score inflation,
/// the most frequent findings, the overdue agencies of a region, and how many self-evaluations changed their declared
/// targets (from the stored declared-target checks). Reads the facts the workers keep (one row per
/// agency and year); the quartiles are computed here from the region's rows, which suits a province (tens of
/// thousands of rows) — a national dashboard would need them kept by a job too.
/// </summary>
public sealed record GetRegionSummary(string RegionCode, int? FiscalYear) : IQuery<RegionSummary>, IMayReadFromReplica, IRequiresRole
{
    public const int MostFrequentRules = 20;
    public const decimal BandWidth = 5;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;
}

public sealed class GetRegionSummaryHandler(
    IDashboardRepository dashboards, IRegionRepository regions, IDeclarationRepository declarations, ICallerAccessor caller, Scoring.ProfileCatalog catalog)
    : IQueryHandler<GetRegionSummary, RegionSummary>
{
    public async ValueTask<RegionSummary> Handle(GetRegionSummary query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await DashboardScope.RegionAsync(regions, scope, query.RegionCode, cancellationToken);
        var facts = await dashboards.ListAsync(scope, region.Path, query.FiscalYear, null, withMetrics: false, cancellationToken);
        var reports = facts.Where(f => f.Fact.Version is not null).ToList();
        var differences = reports.Select(f => f.Fact.ScoreDifference).OfType<decimal>().ToList();
        var targetChanges = await TargetChangeFacts.ReadAsync(declarations, scope, region.Path, query.FiscalYear, cancellationToken);

        return new RegionSummary(region.Code, region.Name, query.FiscalYear, facts.Count == 0 ? null : facts.Max(f => f.Fact.ComputedAt),
            facts.Count, reports.Count,
            Count(reports.Select(f => f.Fact.WorkflowState!)),
            Count(facts.Select(f => f.Fact.PublicationStatus).OfType<string>()),
            (await catalog.CurrentAsync(cancellationToken)).HeadlineFor(region.Path).Id,
            Distribution.Of(reports.Select(f => f.Fact.Score).OfType<decimal>()),
            Count(reports.Select(f => f.Fact.Grade).OfType<string>()),
            new ScoreInflation(Distribution.Of(differences), differences.Count(d => d > 0), differences.Count(d => d < 0), differences.Count(d => d == 0), Bands(differences)),
            new FindingTotals(reports.Sum(f => f.Fact.ErrorCount), reports.Sum(f => f.Fact.WarningCount), reports.Sum(f => f.Fact.InfoCount), MostFrequent(reports)),
            facts.Where(f => f.Fact.PublicationStatus == PublicationStatusNames.Of(PublicationStatus.Overdue))
                .Select(f => new OverdueAgency(f.Fact.AgencyId, f.AgencyName, f.RegionCode, f.Fact.FiscalYear)).ToList(),
            TargetChangeSummary.Of(targetChanges.Values.ToList()));
    }

    private static List<CountByKey> Count(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).Select(g => new CountByKey(g.Key, g.Count())).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

    private static List<RuleFrequency> MostFrequent(IReadOnlyList<AgencyFact> reports) =>
        reports.SelectMany(f => f.Fact.FindingsByRule)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => new RuleFrequency(g.Key, g.Sum(p => p.Value), g.Count()))
            .OrderByDescending(r => r.Findings).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Take(GetRegionSummary.MostFrequentRules).ToList();

    private static List<DifferenceBand> Bands(IReadOnlyList<decimal> differences) =>
        differences.GroupBy(d => Math.Floor(d / GetRegionSummary.BandWidth) * GetRegionSummary.BandWidth)
            .OrderBy(g => g.Key)
            .Select(g => new DifferenceBand(g.Key, g.Key + GetRegionSummary.BandWidth, g.Count())).ToList();
}
