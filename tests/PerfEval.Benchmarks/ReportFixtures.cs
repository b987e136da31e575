using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfEval.Benchmarks;

/// <summary>One of the five real reports, as shipped with the product as its demo data.</summary>
public sealed record ReportFixture(string Name, string Json, string RegionCode, int FiscalYear);

/// <summary>A fixture rewritten for one fiscal year: the exact body a client sends.</summary>
public sealed record ReportBody(ReportFixture Fixture, int FiscalYear, string Json, byte[] Utf8, string Sha256);

public static class ReportFixtures
{
    private static readonly JsonSerializerOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static IReadOnlyList<ReportFixture> Load()
    {
        var files = System.IO.Directory.GetFiles(Directory, "*-20*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new FileNotFoundException($"No report fixtures in {Directory}.");
        return files.Select(file =>
        {
            var json = File.ReadAllText(file);
            var root = JsonNode.Parse(json)!;
            return new ReportFixture(Path.GetFileNameWithoutExtension(file), json,
                root["agency"]!["regionCode"]!.GetValue<string>(), root["fiscalYear"]!.GetValue<int>());
        }).ToList();
    }

    /// <summary>
    /// The document must name the URL's fiscal year and the agency's region (ReportIdentity); agencies are created
    /// in the fixture's region, so only the year changes. Chinese text stays unescaped, as agency systems send it.
    /// </summary>
    public static ReportBody ForYear(ReportFixture fixture, int fiscalYear)
    {
        var root = JsonNode.Parse(fixture.Json)!;
        root["fiscalYear"] = fiscalYear;
        var json = root.ToJsonString(Writer);
        var utf8 = Encoding.UTF8.GetBytes(json);
        return new ReportBody(fixture, fiscalYear, json, utf8, Convert.ToHexStringLower(SHA256.HashData(utf8)));
    }
}
