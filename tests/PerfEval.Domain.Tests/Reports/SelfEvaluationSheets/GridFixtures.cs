using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Domain.Tests.Reports.SelfEvaluationSheets;

/// <summary>
/// Workbook fixtures (tests/fixtures/workbooks/*.json: cells by address and merged ranges) as grids, the way the
/// infrastructure hands a workbook to the domain: a percent-formatted number arrives as the percentage shown.
/// </summary>
public static class GridFixtures
{
    public const string Hengshan = "hengshan-2022-自评表";

    public static SheetGrid Sheet(string name) => Load(name)[0];

    public static IReadOnlyList<SheetGrid> Load(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "workbooks", name + ".json")))!;
        return root["sheets"]!.AsArray().Select(s => ToGrid(s!)).ToList();
    }

    /// <summary>The 衡山 2022 table as the report fixture models it.</summary>
    public static IndicatorTable HengshanTable() => Fixtures.Report("hengshan-2022").IndicatorTables![0];

    public static JsonNode HengshanTableJson() => JsonNode.Parse(Fixtures.ReportJsonText("hengshan-2022"))!["indicatorTables"]![0]!;

    public static JsonNode Json(IndicatorTable table) => JsonSerializer.SerializeToNode(table, ReportJson.Options)!;

    /// <summary>A grid from (address, value) pairs: a string is text, a decimal a number.</summary>
    public static SheetGrid Grid(string name, IEnumerable<(string Address, object Value)> cells, params string[] merges)
    {
        var grid = new SheetGrid(name);
        foreach (var (address, value) in cells)
            grid.Set(address, value switch
            {
                string text => SheetCell.OfText(text),
                decimal number => SheetCell.OfNumber(number),
                int number => SheetCell.OfNumber(number),
                SheetCell cell => cell,
                _ => throw new ArgumentException($"Unsupported cell value {value}."),
            });
        foreach (var merge in merges) grid.Merge(merge);
        return grid;
    }

    private static SheetGrid ToGrid(JsonNode sheet)
    {
        var grid = new SheetGrid(sheet["name"]!.GetValue<string>());
        foreach (var (address, value) in sheet["cells"]!.AsObject())
            grid.Set(address, value switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.String => SheetCell.OfText(v.GetValue<string>()),
                JsonValue v => SheetCell.OfNumber(decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)),
                JsonObject o when o["inline"] is { } inline => SheetCell.OfText(inline.GetValue<string>()),
                JsonObject o when o["percent"] is { } percent => SheetCell.OfPercent(percent.GetValue<decimal>() * 100),
                _ => throw new InvalidDataException($"Cell {address}: unsupported value {value?.ToJsonString()}."),
            });
        foreach (var merge in sheet["merges"]?.AsArray() ?? []) grid.Merge(merge!.GetValue<string>());
        return grid;
    }
}
