using PerfEval.Domain.Scoring;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.YearOverYear;
using PerfEval.Infrastructure.Seeding;

namespace PerfEval.Benchmarks;

/// <summary>One agency of the national population, placed in a real GB/T 2260 region.</summary>
public sealed record NationalAgency(int Index, string Id, string Code, string Name, RegionRecord Region, string Sector, int FixtureIndex);

/// <summary>
/// One report body of the national population: a real report rewritten for a fiscal year and a value variant, with
/// the audit and metrics the product computes for it (done once per body, not per version).
/// </summary>
public sealed record NationalBody(string Document, string AgencyRegionJson, string RulesetVersion, string Metrics, IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> FindingBodies, int Errors, int Warnings, int Infos);

/// <summary>
/// The national population, generated deterministically: agency i sits in region i of the region tree's county-level
/// rows (every twentieth at a province or city, as 省级/市级 departments), belongs to one of eight sectors, files the
/// real report i mod 5 for each of five fiscal years, with its amounts and counts scaled by one of
/// <see cref="Variants"/> factors chosen by (agency, year). The documents carry the agency's own region.
/// </summary>
public sealed class NationalPopulation
{
    public const int FirstFiscalYear = 2019;
    public const int Years = 5;
    public const int Variants = 12;

    private static readonly string[] Sectors = ["司法行政", "教育", "卫生健康", "农业农村", "交通运输", "民政", "公安", "财政"];
    private static readonly HashSet<string> Money = ["万元", "元"];
    private static readonly HashSet<string> Counts = ["件", "人", "宗", "个", "名", "次", "项", "场", "户"];
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly NationalBody[,,] _bodies;

    private NationalPopulation(IReadOnlyList<NationalAgency> agencies, NationalBody[,,] bodies, IReadOnlyList<RegionRecord> regions)
    {
        Agencies = agencies;
        _bodies = bodies;
        Regions = regions;
    }

    public IReadOnlyList<NationalAgency> Agencies { get; }
    public IReadOnlyList<RegionRecord> Regions { get; }
    public int Versions => Agencies.Count * Years;

    public static NationalPopulation Create(IReadOnlyList<ReportFixture> fixtures, int scale)
    {
        // The same tree the service seeds into its regions table at start-up.
        var regions = RegionSeeder.LoadEmbedded();
        var counties = regions.Where(r => r.Level == 3).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var upper = regions.Where(r => r.Level < 3).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var agencies = new List<NationalAgency>(scale);
        for (var i = 0; i < scale; i++)
        {
            var region = i % 20 == 19 ? upper[i / 20 % upper.Count] : counties[i % counties.Count];
            var sector = Sectors[i / 7 % Sectors.Length];
            var n = i.ToString("D7", CultureInfo.InvariantCulture);
            agencies.Add(new NationalAgency(i, $"nat-{n}", $"NAT-{n}", $"{region.Name}{sector}单位{n}", region, sector, i % fixtures.Count));
        }

        var bodies = new NationalBody[fixtures.Count, Years, Variants];
        for (var f = 0; f < fixtures.Count; f++)
            for (var y = 0; y < Years; y++)
                for (var v = 0; v < Variants; v++)
                    bodies[f, y, v] = Body(fixtures[f], FirstFiscalYear + y, v);
        return new NationalPopulation(agencies, bodies, regions);
    }

    public NationalBody BodyOf(NationalAgency agency, int yearIndex) =>
        _bodies[agency.FixtureIndex, yearIndex, (int)((uint)(agency.Index * 31 + yearIndex * 7) % Variants)];

    /// <summary>The stored document of an agency's year: the body with the agency's own region in place of the fixture's.</summary>
    public static string DocumentOf(NationalAgency agency, NationalBody body) =>
        body.Document.Replace(body.AgencyRegionJson, RegionJson(agency.Region.Code, agency.Region.Name), StringComparison.Ordinal);

    private static string RegionJson(string code, string name) => $"\"regionCode\":\"{code}\",\"regionName\":\"{name}\"";

    private static NationalBody Body(ReportFixture fixture, int fiscalYear, int variant)
    {
        var root = JsonNode.Parse(fixture.Json)!;
        root["fiscalYear"] = fiscalYear;
        // Variant 0 is the report as written; the others scale every amount and count by 0.55–1.6 (percentages stay).
        var factor = 0.55m + 0.095m * variant;
        if (variant > 0) Scale(root, factor);
        var document = root.ToJsonString(Compact);
        var agency = root["agency"]!;
        var regionJson = RegionJson(agency["regionCode"]!.GetValue<string>(), agency["regionName"]!.GetValue<string>());
        if (!document.Contains(regionJson, StringComparison.Ordinal)) throw new InvalidOperationException($"{fixture.Name}: the agency's region is not where expected.");

        using var json = JsonDocument.Parse(document);
        var parsed = ReportParser.Parse(json.RootElement);
        if (parsed.Document is null) throw new InvalidOperationException($"{fixture.Name} variant {variant} no longer parses.");
        var audit = AuditEngine.Run(parsed.Document);
        var findings = audit.Findings;
        return new NationalBody(document, regionJson, audit.RulesetVersion, JsonSerializer.Serialize(MetricsSnapshot.Of(parsed.Document), ApiJson.Options),
            findings, findings.Select(f => JsonSerializer.Serialize(f, ApiJson.Options)).ToList(),
            findings.Count(f => f.Severity == "error"), findings.Count(f => f.Severity == "warning"), findings.Count(f => f.Severity == "info"));
    }

    private static void Scale(JsonNode? node, decimal factor)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["unit"] is JsonValue unit && unit.TryGetValue<string>(out var u) && obj["value"] is JsonValue value && value.TryGetValue<decimal>(out var number))
                {
                    if (Money.Contains(u)) obj["value"] = Math.Round(number * factor, 2, MidpointRounding.AwayFromZero);
                    else if (Counts.Contains(u) && number == Math.Floor(number)) obj["value"] = (long)Math.Round(number * factor, 0, MidpointRounding.AwayFromZero);
                }
                foreach (var (_, child) in obj.ToList()) Scale(child, factor);
                break;
            case JsonArray array:
                foreach (var child in array) Scale(child, factor);
                break;
        }
    }

    /// <summary>Ledger rows a PUT of a new version owes (its scores under the profiles that apply, both comparisons); the year's dashboard row is owed once per year.</summary>
    public static IReadOnlyList<string> OwedPerVersion => FollowUps.AfterSave;
}
