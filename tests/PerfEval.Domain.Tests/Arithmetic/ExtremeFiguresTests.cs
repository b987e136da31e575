using System.Text.Json.Nodes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Audit;
using PerfEval.Domain.Validation;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Domain.Tests.Arithmetic;

/// <summary>
/// Every figure the schema accepts, at its extremes (the largest and smallest magnitudes, zero, negatives), put in every
/// numeric field of a full report, one at a time and all at once: the audit, every scoring profile and the year-over-year
/// comparison (in both directions) finish without an exception. Overflow and division by zero are their findings,
/// "insufficient data" or undefined percentages, never a crash that would leave a version unscored.
/// </summary>
public sealed class ExtremeFiguresTests
{
    private static readonly decimal Largest = decimal.Parse(new string('9', ReportDocumentValidator.MaxIntegerDigits) + "." + new string('9', ReportDocumentValidator.MaxDecimalPlaces), System.Globalization.CultureInfo.InvariantCulture);
    private static readonly decimal Smallest = 1m / Figure.Pow10(ReportDocumentValidator.MaxDecimalPlaces);

    public static readonly decimal[] Extremes = [Largest, -Largest, 0m, Smallest, -Smallest, Largest - 1m];

    [Fact]
    public void Each_numeric_field_at_each_extreme_is_survived()
    {
        var failures = new List<string>();
        foreach (var pointer in NumericPointers())
            foreach (var value in Extremes)
                if (Survive(SyntheticReport.With(pointer, JsonValue.Create(value))) is { } error)
                    failures.Add($"{pointer} = {value}: {error}");

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [MemberData(nameof(ExtremeValues))]
    public void Every_numeric_field_at_one_extreme_at_once_is_survived(decimal value)
    {
        (string, JsonNode?)[] Changes() => NumericPointers().Select(p => (p, (JsonNode?)JsonValue.Create(value))).ToArray();

        Assert.Null(Survive(SyntheticReport.With(Changes())));
        Assert.Null(Survive(SyntheticReport.With([.. Changes(), .. MoneyUnitPointers().Select(p => (p, (JsonNode?)JsonValue.Create(MoneyUnits.HundredMillionYuan)))])));
    }

    public static TheoryData<decimal> ExtremeValues() => new(Extremes);

    private static string? Survive(ReportDocument document)
    {
        try
        {
            var audit = AuditEngine.Run(document);
            foreach (var profile in ScoringProfiles.All) ScoringEngine.Score(document, profile, audit.Findings);
            var clean = SyntheticReport.Clean();
            YoyEngine.Compare(document, clean, new YoyOptions());
            YoyEngine.Compare(clean, document, new YoyOptions());
            YoyEngine.Compare(document, document, new YoyOptions());
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message} at {ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }
    }

    /// <summary>Every number of the synthetic report except the fiscal year (whose range is the schema's).</summary>
    private static IEnumerable<string> NumericPointers() =>
        Leaves(JsonNode.Parse(SyntheticReport.Json)!, "").Where(l => l.Node.GetValueKind() == System.Text.Json.JsonValueKind.Number && l.Pointer != "/fiscalYear").Select(l => l.Pointer);

    /// <summary>Every money unit the report writes (set to 亿元, the one conversion that multiplies).</summary>
    private static IEnumerable<string> MoneyUnitPointers() =>
        Leaves(JsonNode.Parse(SyntheticReport.Json)!, "")
            .Where(l => l.Pointer.EndsWith("/unit", StringComparison.Ordinal) && l.Node.GetValueKind() == System.Text.Json.JsonValueKind.String
                && MoneyUnits.All.Contains(l.Node.GetValue<string>()))
            .Select(l => l.Pointer);

    private static IEnumerable<(string Pointer, JsonNode Node)> Leaves(JsonNode node, string pointer) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : Leaves(p.Value, pointer + "/" + p.Key)),
        JsonArray array => array.SelectMany((item, i) => item is null ? [] : Leaves(item, $"{pointer}/{i}")),
        _ => [(pointer, node)],
    };
}
