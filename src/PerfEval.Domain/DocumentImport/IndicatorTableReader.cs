using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PerfEval.Domain.DocumentImport;

/// <summary>A number the table reader placed: the pointer under the table, the cell it came from and the number as written.</summary>
public sealed record TablePlacement(string Pointer, CellText Cell, WrittenNumber Number);

/// <summary>The table read: its JSON (an entry of indicatorTables) and the numbers placed in it.</summary>
public sealed record IndicatorTableRead(JsonObject Table, IReadOnlyList<TablePlacement> Placed);

/// <summary>
/// Reads an attached 项目支出绩效自评表 (<see cref="IndicatorTableLayout"/>) from its cells: the header (项目名称, 主管部门,
/// 实施单位), the 项目资金 block (a total row and funding rows under the template's columns) and the 指标 rows (三级指标,
/// 年度指标值, 实际完成值, 分值, 得分) under the 一级/二级 names found between them. A value whose column cannot be told
/// (a PDF row with fewer values than columns) is left unread, never guessed.
/// </summary>
public static partial class IndicatorTableReader
{
    /// <summary>The index of the paragraph titling a 自评表 that has an indicator header after it, or null.</summary>
    public static int? FindStart(IReadOnlyList<SourceParagraph> paragraphs)
    {
        // One pass for the last indicator header, one for the first title before it: linear in the paragraphs.
        var lastHeader = -1;
        for (var i = paragraphs.Count - 1; i >= 0 && lastHeader < 0; i--)
            if (paragraphs[i].Text.Length <= 4000 && paragraphs[i].Text.Split('\t').Any(cell => Regex.IsMatch(Compact(cell), IndicatorTableLayout.IndicatorHeader, RegexOptions.CultureInvariant)))
                lastHeader = i;
        for (var i = 0; i < lastHeader; i++)
        {
            if (paragraphs[i].Text.Length > 200) continue;
            var title = Compact(paragraphs[i].Text);
            if (title.Length is > 0 and <= 40 && Regex.IsMatch(title, IndicatorTableLayout.Title, RegexOptions.CultureInvariant)) return i;
        }
        return null;
    }

    public static IndicatorTableRead Read(SourceParagraph title, IReadOnlyList<SourceParagraph> body)
    {
        var (read, emptiesKept) = TableCells.Read(body);
        var cells = read.ToList();
        var table = new JsonObject { ["title"] = title.Text.Trim(), ["subject"] = "project" };
        var placed = new List<TablePlacement>();

        foreach (var word in IndicatorTableLayout.HeaderCells)
        {
            // A PDF line breaks a label cell in two ("项目支" / "出名称").
            var at = cells.FindIndex(c => Matches(c.Compact, word.Pattern));
            var split = at >= 0 ? -1 : Enumerable.Range(0, Math.Max(0, cells.Count - 1)).FirstOrDefault(k => Matches(cells[k].Compact + cells[k + 1].Compact, word.Pattern), -1);
            var label = at >= 0 ? at : split >= 0 ? split + 1 : -1;
            var value = label < 0 ? null : cells.Skip(label + 1).FirstOrDefault(c => !c.IsEmpty);
            if (value is not null) table[word.Field] = value.Trimmed;
        }

        var indicatorsFrom = cells.FindIndex(c => Matches(c.Compact, IndicatorTableLayout.IndicatorHeader));
        ReadBudget(cells.Take(indicatorsFrom).ToList(), emptiesKept, table, placed);
        ReadIndicators(cells.Skip(indicatorsFrom + 1).Where(c => !c.IsEmpty).ToList(), table, placed);
        return new IndicatorTableRead(table, placed);
    }

    private static void ReadBudget(List<CellText> cells, bool emptiesKept, JsonObject table, List<TablePlacement> placed)
    {
        var first = cells.FindIndex(c => Matches(c.Compact, IndicatorTableLayout.BudgetColumns[0].Pattern));
        if (first < 0) return;
        var label = Regex.Match(string.Concat(cells.Take(first).Select(c => c.Compact)), IndicatorTableLayout.MoneyBlock, RegexOptions.CultureInvariant);
        var unit = label.Success ? label.Groups["unit"].Value : null;
        var columns = new List<string>();
        var at = first;
        foreach (var column in IndicatorTableLayout.BudgetColumns)
        {
            while (at < cells.Count && cells[at].IsEmpty) at++;
            if (at >= cells.Count || !Matches(cells[at].Compact, column.Pattern)) break;
            columns.Add(column.Field);
            at++;
        }

        var fundingRows = new JsonArray();
        for (var i = at; i < cells.Count; i++)
        {
            var name = Regex.Replace(cells[i].Compact, "^其中[：:]?", "");
            string pointer;
            IReadOnlyList<string> fields;
            JsonObject row;
            if (Matches(name, IndicatorTableLayout.TotalRow))
            {
                row = new JsonObject();
                pointer = "/budgetExecution";
                fields = columns;
            }
            else if (IndicatorTableLayout.FundingRows.FirstOrDefault(r => Matches(name, r.Pattern)) is { } funding)
            {
                row = new JsonObject { ["name"] = funding.Field };
                pointer = "/fundingRows/" + fundingRows.Count.ToString(CultureInfo.InvariantCulture);
                fields = columns.Select(c => IndicatorTableLayout.FundingRowFields.Contains(c) ? c : "").ToList();
            }
            else continue;

            var values = RowValues(cells, i + 1, columns.Count, emptiesKept, fields);
            for (var k = 0; k < values.Count; k++)
            {
                if (values[k] is not { } cell || fields[k].Length == 0) continue;
                Place(cell, fields[k], unit, pointer, row, placed);
            }
            if (pointer == "/budgetExecution") table["budgetExecution"] = row;
            else fundingRows.Add(row);
        }
        if (fundingRows.Count > 0) table["fundingRows"] = fundingRows;
    }

    /// <summary>
    /// The value cells of a row by column. With empty cells kept, the next cells are the columns in order; without
    /// them (a PDF), the values fill the columns only when there are as many as the row has columns to fill.
    /// </summary>
    private static List<CellText?> RowValues(List<CellText> cells, int from, int columnCount, bool emptiesKept, IReadOnlyList<string> fields)
    {
        var values = new List<CellText?>();
        if (emptiesKept)
        {
            for (var k = from; k < cells.Count && values.Count < columnCount; k++)
            {
                if (!cells[k].IsEmpty && !IsValue(cells[k].Compact)) break;
                values.Add(cells[k].IsEmpty ? null : cells[k]);
            }
            return values;
        }
        var found = cells.Skip(from).TakeWhile(c => IsValue(c.Compact)).ToList();
        if (found.Count == columnCount) return found.Cast<CellText?>().ToList();
        var filled = fields.Count(f => f.Length > 0);
        if (found.Count == filled && fields.Take(filled).All(f => f.Length > 0)) return found.Cast<CellText?>().ToList();
        return [];
    }

    private static void Place(CellText cell, string field, string? unit, string pointer, JsonObject row, List<TablePlacement> placed)
    {
        var compact = cell.Compact;
        var number = NumberScanner.Scan(cell.Text).FirstOrDefault();
        if (number is null) return;
        switch (field)
        {
            case "weight" or "score" when PlainNumber().IsMatch(compact):
                row[field] = number.Value;
                break;
            case "executionRate" when number.IsPercent && Regex.IsMatch(compact, @"^\d+(?:\.\d+)?[%％]$"):
                row[field] = new JsonObject { ["value"] = number.Value, ["unit"] = "%", ["text"] = compact };
                placed.Add(new TablePlacement($"{pointer}/{field}", cell, number));
                break;
            case "initialBudget" or "fullYearBudget" or "executed" when unit is not null && PlainNumber().IsMatch(compact):
                row[field] = new JsonObject { ["value"] = number.Value, ["unit"] = unit };
                placed.Add(new TablePlacement($"{pointer}/{field}", cell, number));
                break;
        }
    }

    private static void ReadIndicators(List<CellText> cells, JsonObject table, List<TablePlacement> placed)
    {
        var indicators = new JsonArray();
        var weights = new JsonArray();
        string? level1 = null, level2 = null;
        var level2Open = false;
        var material = new StringBuilder();

        void TakeLevels()
        {
            foreach (Match m in LevelNamePattern().Matches(material.ToString()))
            {
                var word = IndicatorTableLayout.LevelNames.First(w => w.Pattern == m.Groups["name"].Value);
                if (level2Open) indicators.Add(new JsonObject { ["level1"] = level1, ["level2"] = level2 });
                if (word.Field == "level1")
                {
                    level1 = word.Pattern;
                    level2 = null;
                    level2Open = false;
                    var weight = new JsonObject { ["name"] = level1 };
                    if (m.Groups["w"].Success) weight["weight"] = decimal.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture);
                    weights.Add(weight);
                }
                else if (level1 is not null)
                {
                    level2 = word.Pattern;
                    level2Open = true;
                }
            }
            material.Clear();
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (Matches(cells[i].Compact, IndicatorTableLayout.TotalScoreRow))
            {
                var totals = cells.Skip(i + 1).Take(2).ToList();
                if (totals.Count == 2 && totals.All(c => PlainNumber().IsMatch(c.Compact)))
                {
                    table["totalWeight"] = decimal.Parse(totals[0].Compact, CultureInfo.InvariantCulture);
                    table["totalScore"] = decimal.Parse(totals[1].Compact, CultureInfo.InvariantCulture);
                }
                break;
            }
            var isRow = i + 4 < cells.Count && PlainNumber().IsMatch(cells[i + 3].Compact) && PlainNumber().IsMatch(cells[i + 4].Compact)
                        && !PlainNumber().IsMatch(cells[i].Compact) && !LevelNamePattern().IsMatch(cells[i].Compact);
            if (!isRow)
            {
                material.Append(cells[i].Compact);
                continue;
            }
            TakeLevels();
            if (level1 is null)
            {
                i += 4;
                continue;
            }
            var pointer = "/indicators/" + indicators.Count.ToString(CultureInfo.InvariantCulture);
            var indicator = new JsonObject { ["level1"] = level1 };
            if (level2 is not null) indicator["level2"] = level2;
            indicator["level3"] = cells[i].Trimmed;
            indicator["target"] = Stated(cells[i + 1], pointer + "/target", placed);
            indicator["actual"] = Stated(cells[i + 2], pointer + "/actual", placed);
            indicator["weight"] = decimal.Parse(cells[i + 3].Compact, CultureInfo.InvariantCulture);
            indicator["score"] = decimal.Parse(cells[i + 4].Compact, CultureInfo.InvariantCulture);
            indicators.Add(indicator);
            level2Open = false;
            i += 4;
        }
        TakeLevels();
        if (level2Open) indicators.Add(new JsonObject { ["level1"] = level1, ["level2"] = level2 });
        if (weights.Count > 0) table["level1Weights"] = weights;
        if (indicators.Count > 0) table["indicators"] = indicators;
    }

    /// <summary>A 指标值 cell: "6场", "≥90%" (operator, value, unit) or words ("2022年底前", "有所提升": text only).</summary>
    private static JsonObject Stated(CellText cell, string pointer, List<TablePlacement> placed)
    {
        var node = new JsonObject { ["text"] = cell.Trimmed };
        var m = StatedValue().Match(cell.Compact);
        var numbers = NumberScanner.Scan(cell.Text);
        if (!m.Success || numbers.Count != 1 || numbers[0].Unit is null) return node;
        var number = numbers[0];
        node["operator"] = m.Groups["op"].Value switch
        {
            "≥" => ">=",
            "≤" => "<=",
            ">" or "＞" => ">",
            "<" or "＜" => "<",
            _ => "=",
        };
        node["value"] = number.Value;
        node["unit"] = number.Unit;
        placed.Add(new TablePlacement(pointer, cell, number));
        return node;
    }

    private static bool IsValue(string compact) => PlainNumber().IsMatch(compact) || Regex.IsMatch(compact, @"^\d+(?:\.\d+)?[%％]$");

    private static bool Matches(string text, string pattern) => Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Compact(string text) => Regex.Replace(text, @"[\s\u3000]+", "");

    [GeneratedRegex(@"^\d+(?:\.\d+)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^(?<op>≥|≤|＞|＜|>|<|=)?\d+(?:\.\d+)?[^\d]{1,3}$")]
    private static partial Regex StatedValue();

    /// <summary>The level names of the layout, in its order (二级 first), each with an optional weight "(50分)".</summary>
    private static readonly Regex LevelNames = new(
        "(?<name>" + string.Join('|', IndicatorTableLayout.LevelNames.Select(w => Regex.Escape(w.Pattern))) + @")(?:[（(](?<w>\d+(?:\.\d+)?)分[)）])?",
        RegexOptions.CultureInvariant);

    private static Regex LevelNamePattern() => LevelNames;
}
