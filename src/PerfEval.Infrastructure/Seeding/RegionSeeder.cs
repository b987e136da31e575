using System.Text;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Seeding;

/// <summary>
/// Loads the GB/T 2260 region tree (31 provinces, 342 cities, 2,978 county-level rows; 国家统计局 统计用区划代码 as compiled
/// in Seeding/regions/SOURCE.md) into an empty regions table.
/// </summary>
public static class RegionSeeder
{
    public static IReadOnlyList<RegionRecord> LoadEmbedded()
    {
        var regions = new List<RegionRecord>(3400);
        var provincePaths = new Dictionary<string, string>();
        var cityPaths = new Dictionary<string, string>();

        foreach (var row in ReadCsv("provinces.csv"))
        {
            var code = row[0] + "0000";
            provincePaths[row[0]] = code + "/";
            regions.Add(new RegionRecord(code, row[1], null, 1, code + "/"));
        }
        foreach (var row in ReadCsv("cities.csv"))
        {
            var code = row[0] + "00";
            var path = provincePaths[row[2]] + code + "/";
            cityPaths[row[0]] = path;
            regions.Add(new RegionRecord(code, row[1], row[2] + "0000", 2, path));
        }
        // Cities without districts (东莞, 中山, 儋州) appear again as their own county-level row with the same code.
        var known = regions.Select(r => r.Code).ToHashSet();
        foreach (var row in ReadCsv("areas.csv"))
        {
            if (!known.Add(row[0])) continue;
            regions.Add(new RegionRecord(row[0], row[1], row[2] + "00", 3, cityPaths[row[2]] + row[0] + "/"));
        }
        return regions;
    }

    private static IEnumerable<string[]> ReadCsv(string name)
    {
        using var stream = typeof(RegionSeeder).Assembly.GetManifestResourceStream("regions/" + name)
            ?? throw new InvalidOperationException($"Embedded region file {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            yield return line.Split(',').Select(cell => cell.Trim().Trim('"')).ToArray();
        }
    }
}
