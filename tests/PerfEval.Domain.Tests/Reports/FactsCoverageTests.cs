using System.Text.RegularExpressions;

namespace PerfEval.Domain.Tests.Reports;

/// <summary>
/// tests/fixtures/reports/FACTS.md lists the 458 facts the five source texts state. Every number a fact states must
/// appear in that report's fixture, digits as written: a missing number means a fact without a place.
/// </summary>
public sealed partial class FactsCoverageTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["000"] = "lingling-2023", ["001"] = "hengshan-2022", ["002"] = "lusong-2024", ["003"] = "luquan-2022", ["004"] = "haizhu-2022",
    };

    [Fact]
    public void Every_stated_number_of_every_fact_has_a_place_in_its_fixture()
    {
        var facts = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", "FACTS.md"));
        var rows = 0;
        var missing = new List<string>();
        foreach (var section in facts.Split("\n## "))
        {
            if (section.Length < 3 || !Files.TryGetValue(section[..3], out var fixture)) continue;
            var json = Fixtures.ReportJsonText(fixture);
            foreach (var line in section.Split('\n'))
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length < 6 || !int.TryParse(cells[1], out _)) continue;
                rows++;
                var numbers = Number().Matches(cells[3].Replace(",", "", StringComparison.Ordinal)).Select(m => m.Value).ToList();
                if (numbers.Count > 0 && !numbers.Any(n => json.Contains(n, StringComparison.Ordinal)))
                    missing.Add($"{fixture} #{cells[1]} {cells[2]} = {cells[3]}");
            }
        }

        Assert.Equal(458, rows);
        Assert.True(missing.Count == 0, "Facts without a place:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
