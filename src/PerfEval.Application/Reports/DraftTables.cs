using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Application.Reports;

/// <summary>
/// Puts tables read from sheets into a draft document's indicatorTables: a table replaces the document's table with
/// the same subject and 项目支出名称 (each existing table at most once), or is appended.
/// </summary>
internal sealed class DraftTables
{
    private readonly Dictionary<SheetReadResult, (int Index, bool Replaced)> _places = new(ReferenceEqualityComparer.Instance);

    public string PointerOf(SheetReadResult sheet) => $"/indicatorTables/{_places[sheet].Index}";

    public bool Replaced(SheetReadResult sheet) => _places[sheet].Replaced;

    public static DraftTables Place(JsonObject document, IReadOnlyList<SheetReadResult> sheets)
    {
        var placed = new DraftTables();
        if (document["indicatorTables"] is not JsonArray tables)
        {
            tables = [];
            document["indicatorTables"] = tables;
        }
        var existing = tables.Count;
        var replaced = new HashSet<int>();
        foreach (var sheet in sheets)
        {
            var node = sheet.Table is null ? new JsonObject() : JsonSerializer.SerializeToNode(sheet.Table, ReportJson.Options)!;
            var index = Enumerable.Range(0, existing).FirstOrDefault(i => !replaced.Contains(i) && SameTable(tables[i], sheet.Table), -1);
            if (index >= 0)
            {
                replaced.Add(index);
                tables[index] = node;
                placed._places[sheet] = (index, true);
            }
            else
            {
                tables.Add(node);
                placed._places[sheet] = (tables.Count - 1, false);
            }
        }
        return placed;
    }

    private static bool SameTable(JsonNode? stored, IndicatorTable? table) =>
        stored is JsonObject o && table is not null
        && Text(o["subject"]) == table.Subject && Text(o["projectName"]) == table.ProjectName;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
