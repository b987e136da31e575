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
/// targets (from the stored declared-target checks). The counts and histograms of the country or a province are the
/// totals the workers keep (<see cref="RegionTotals"/>): a few hundred rows, however many agencies; a city's or a
/// county's are summed from its facts. The overdue agencies are read through the facts' status index.
/// </summary>
public sealed record GetRegionSummary(string RegionCode, int? FiscalYear) : IQuery<RegionSummary>, IMayReadFromReplica, IRequiresRole
{
    public const int MostFrequentRules = 20;
    public const decimal BandWidth = 5;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;
}

public sealed class GetRegionSummaryHandler(IDashboardRepository dashboards, IRegionTotalsRepository totals, IRegionRepository regions,
    IDeclarationRepository declarations, ICallerAccessor caller, Scoring.ProfileCatalog catalog)
    : IQueryHandler<GetRegionSummary, RegionSummary>
{
    public async ValueTask<RegionSummary> Handle(GetRegionSummary query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await DashboardScope.RegionAsync(regions, scope, query.RegionCode, cancellationToken);
        var (sums, dataAsOf) = await SumsAsync(scope, region.Path, query.FiscalYear, cancellationToken);
        var overdue = await dashboards.ListWithStatusAsync(scope, region.Path, query.FiscalYear,
            PublicationStatusNames.Of(PublicationStatus.Overdue), cancellationToken);
        var targetChanges = await TargetChangeFacts.ReadAsync(declarations, scope, region.Path, query.FiscalYear, cancellationToken);
        var differences = Histogram(sums, RegionTotals.Difference);

        return new RegionSummary(region.Code, region.Name, query.FiscalYear, dataAsOf,
            (int)Amount(sums, RegionTotals.Facts), (int)Amount(sums, RegionTotals.Reports),
            Counts(sums, RegionTotals.Workflow),
            Counts(sums, RegionTotals.Publication),
            (await catalog.CurrentAsync(cancellationToken)).HeadlineFor(region.Path).Id,
            Distribution.FromCounts(Histogram(sums, RegionTotals.Score)),
            Counts(sums, RegionTotals.Grade),
            new ScoreInflation(Distribution.FromCounts(differences),
                (int)differences.Where(d => d.Value > 0).Sum(d => d.Count), (int)differences.Where(d => d.Value < 0).Sum(d => d.Count),
                (int)differences.Where(d => d.Value == 0).Sum(d => d.Count), Bands(differences)),
            new FindingTotals((int)Amount(sums, RegionTotals.Errors), (int)Amount(sums, RegionTotals.Warnings), (int)Amount(sums, RegionTotals.Infos), MostFrequent(sums)),
            overdue.Select(f => new OverdueAgency(f.Fact.AgencyId, f.AgencyName, f.RegionCode, f.Fact.FiscalYear)).ToList(),
            TargetChangeSummary.Of(targetChanges.Values.ToList()));
    }

    /// <summary>The region's totals: kept by the workers for the country and the provinces (once they cover every fact), else summed from the facts.</summary>
    private async Task<(IReadOnlyDictionary<(string Measure, string Item), long> Sums, DateTimeOffset? DataAsOf)> SumsAsync(
        TenantScope scope, string regionPath, int? fiscalYear, CancellationToken cancellationToken)
    {
        if (await totals.CoverAsync(regionPath, cancellationToken))
        {
            var kept = RegionTotals.Sum(await totals.ListAsync(scope, regionPath, fiscalYear, cancellationToken));
            var version = await totals.VersionAsync(scope, regionPath, fiscalYear, cancellationToken);
            return (kept, version.FactCount == 0 ? null : version.DataAsOf);
        }
        var facts = await dashboards.ListAsync(scope, regionPath, fiscalYear, null, withMetrics: false, cancellationToken);
        return (RegionTotals.Sum(facts.Select(f => f.Fact)), facts.Count == 0 ? null : facts.Max(f => f.Fact.ComputedAt));
    }

    private static long Amount(IReadOnlyDictionary<(string Measure, string Item), long> sums, string measure) => sums.GetValueOrDefault((measure, ""));

    private static List<CountByKey> Counts(IReadOnlyDictionary<(string Measure, string Item), long> sums, string measure) =>
        sums.Where(s => s.Key.Measure == measure && s.Value > 0).Select(s => new CountByKey(s.Key.Item, (int)s.Value))
            .OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

    private static List<(decimal Value, long Count)> Histogram(IReadOnlyDictionary<(string Measure, string Item), long> sums, string measure) =>
        sums.Where(s => s.Key.Measure == measure && s.Value > 0).Select(s => (RegionTotals.Value(s.Key.Item), s.Value))
            .OrderBy(h => h.Item1).ThenBy(h => h.Item1.Scale).ToList();

    private static List<RuleFrequency> MostFrequent(IReadOnlyDictionary<(string Measure, string Item), long> sums) =>
        sums.Where(s => s.Key.Measure == RegionTotals.RuleFindings && s.Value > 0)
            .Select(s => new RuleFrequency(s.Key.Item, (int)s.Value, (int)sums.GetValueOrDefault((RegionTotals.RuleReports, s.Key.Item))))
            .OrderByDescending(r => r.Findings).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Take(GetRegionSummary.MostFrequentRules).ToList();

    private static List<DifferenceBand> Bands(IReadOnlyList<(decimal Value, long Count)> differences) =>
        differences.GroupBy(d => Math.Floor(d.Value / GetRegionSummary.BandWidth) * GetRegionSummary.BandWidth)
            .OrderBy(g => g.Key)
            .Select(g => new DifferenceBand(g.Key, g.Key + GetRegionSummary.BandWidth, (int)g.Sum(d => d.Count))).ToList();
}
