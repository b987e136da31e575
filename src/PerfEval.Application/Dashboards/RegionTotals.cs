using System.Globalization;
using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Dashboards;

/// <summary>One kept total: how much of <see cref="Measure"/> (for <see cref="Item"/>) a region holds in a fiscal year.</summary>
public sealed record RegionTotal(string RegionPath, int FiscalYear, string Measure, string Item, long Amount)
{
    private RegionTotal() : this("", 0, "", "", 0) { }
}

/// <summary>A fact with the region path of its agency (an agency never changes region).</summary>
public sealed record PlacedFact(DashboardFact Fact, string RegionPath);

/// <summary>
/// What a dashboard fact adds to the totals of the regions above it. The region summary is built from these totals,
/// whether the workers kept them (<see cref="KeptLevels"/>) or the request summed them from the facts, so both give the
/// same answer by construction. Every measure is additive: a fact's change moves each total by new minus old.
/// </summary>
public static class RegionTotals
{
    /// <summary>
    /// Totals are kept for the country (level 0) and the provinces (1); a city's or county's summary sums its facts in
    /// the request (hundreds of rows even at national scale). Keeping the cities too would multiply the rows each
    /// derivation batch writes several times over: a batch's facts fall in about as many cities as it has facts.
    /// </summary>
    public const int KeptLevels = 1;

    public const string Facts = "facts";
    public const string Reports = "reports";
    public const string Workflow = "workflow";
    public const string Publication = "publication";
    public const string Score = "score";
    public const string Grade = "grade";
    public const string Difference = "difference";
    public const string Errors = "errors";
    public const string Warnings = "warnings";
    public const string Infos = "infos";
    public const string RuleFindings = "rule-findings";
    public const string RuleReports = "rule-reports";

    /// <summary>True when the workers keep the totals of the region at <paramref name="regionPath"/> ("" = the country).</summary>
    public static bool IsKept(string regionPath) => regionPath.Count(c => c == '/') <= KeptLevels;

    /// <summary>The kept regions an agency at <paramref name="agencyRegionPath"/> counts in: the country, then each level down to <see cref="KeptLevels"/>.</summary>
    public static IEnumerable<string> KeptRegionsOf(string agencyRegionPath)
    {
        yield return "";
        var end = -1;
        for (var level = 1; level <= KeptLevels; level++)
        {
            end = agencyRegionPath.IndexOf('/', end + 1);
            if (end < 0) yield break;
            yield return agencyRegionPath[..(end + 1)];
        }
    }

    /// <summary>What one fact counts for in any region that holds it (a decimal item keeps the value as written).</summary>
    public static IEnumerable<(string Measure, string Item, long Amount)> ItemsOf(DashboardFact fact)
    {
        yield return (Facts, "", 1);
        if (fact.PublicationStatus is { } status) yield return (Publication, status, 1);
        if (fact.Version is null) yield break;
        yield return (Reports, "", 1);
        if (fact.WorkflowState is { } state) yield return (Workflow, state, 1);
        if (fact.Score is { } score) yield return (Score, Text(score), 1);
        if (fact.Grade is { } grade) yield return (Grade, grade, 1);
        if (fact.ScoreDifference is { } difference) yield return (Difference, Text(difference), 1);
        if (fact.ErrorCount != 0) yield return (Errors, "", fact.ErrorCount);
        if (fact.WarningCount != 0) yield return (Warnings, "", fact.WarningCount);
        if (fact.InfoCount != 0) yield return (Infos, "", fact.InfoCount);
        foreach (var (rule, count) in fact.FindingsByRule)
        {
            if (count == 0) continue;
            yield return (RuleFindings, rule, count);
            yield return (RuleReports, rule, 1);
        }
    }

    /// <summary>
    /// How the kept totals move when <paramref name="before"/> facts are replaced by <paramref name="after"/> (a removed
    /// fact is only in <paramref name="before"/>, a new one only in <paramref name="after"/>). Totals that do not move are
    /// left out, except each touched region's fact count (moved by zero if need be): storing it marks when the region's
    /// facts last changed, which a ranking's ETag depends on even when no total moves. The rows come in key order.
    /// </summary>
    public static IReadOnlyList<RegionTotal> Change(IEnumerable<PlacedFact> before, IEnumerable<PlacedFact> after)
    {
        var moves = new Dictionary<(string, int, string, string), long>();
        Add(moves, before, -1);
        Add(moves, after, +1);
        return moves.Where(m => m.Value != 0 || m.Key.Item3 == Facts)
            .Select(m => new RegionTotal(m.Key.Item1, m.Key.Item2, m.Key.Item3, m.Key.Item4, m.Value))
            .OrderBy(t => t.RegionPath, StringComparer.Ordinal).ThenBy(t => t.FiscalYear)
            .ThenBy(t => t.Measure, StringComparer.Ordinal).ThenBy(t => t.Item, StringComparer.Ordinal).ToList();
    }

    /// <summary>The totals of every kept region the facts count in (what a rebuild stores).</summary>
    public static IReadOnlyList<RegionTotal> Of(IEnumerable<PlacedFact> facts) => Change([], facts);

    /// <summary>The totals of one region summed in the request from its facts (every fact given is in the region).</summary>
    public static IReadOnlyDictionary<(string Measure, string Item), long> Sum(IEnumerable<DashboardFact> facts)
    {
        var sums = new Dictionary<(string, string), long>();
        foreach (var fact in facts)
            foreach (var (measure, item, amount) in ItemsOf(fact))
                sums[(measure, item)] = sums.GetValueOrDefault((measure, item)) + amount;
        return sums;
    }

    /// <summary>Kept rows of one region (one year or several) folded into one set of totals.</summary>
    public static IReadOnlyDictionary<(string Measure, string Item), long> Sum(IEnumerable<RegionTotal> rows)
    {
        var sums = new Dictionary<(string, string), long>();
        foreach (var row in rows) sums[(row.Measure, row.Item)] = sums.GetValueOrDefault((row.Measure, row.Item)) + row.Amount;
        return sums;
    }

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal Value(string item) => decimal.Parse(item, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static void Add(Dictionary<(string, int, string, string), long> moves, IEnumerable<PlacedFact> facts, int sign)
    {
        foreach (var placed in facts)
        {
            var items = ItemsOf(placed.Fact).ToList();
            foreach (var region in KeptRegionsOf(placed.RegionPath))
                foreach (var (measure, item, amount) in items)
                {
                    var key = (region, placed.Fact.FiscalYear, measure, item);
                    moves[key] = moves.GetValueOrDefault(key) + sign * amount;
                }
        }
    }
}
