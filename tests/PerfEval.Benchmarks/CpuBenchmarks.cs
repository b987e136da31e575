using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Benchmarks;

/// <summary>
/// In-process CPU cost of what a PUT and a scoring job compute per report, for each of the five real reports.
/// <see cref="ValidateAuditScore"/> is the per-report total the target (≤ 1 ms) is about.
/// </summary>
[MemoryDiagnoser]
public class ReportPipelineBenchmarks
{
    private string _json = "";
    private ReportDocument _document = null!;

    [ParamsSource(nameof(Fixtures))]
    public string Fixture { get; set; } = "";

    public static IEnumerable<string> Fixtures() => ReportFixtures.Load().Select(f => f.Name);

    [GlobalSetup]
    public void Setup()
    {
        _json = ReportFixtures.Load().Single(f => f.Name == Fixture).Json;
        _document = ParseAndValidate().Document ?? throw new InvalidOperationException($"{Fixture} does not parse.");
    }

    [Benchmark(Description = "parse+validate")]
    public ParseOutcome ParseAndValidate()
    {
        using var json = JsonDocument.Parse(_json);
        return ReportParser.Parse(json.RootElement);
    }

    [Benchmark(Description = "audit")]
    public AuditResult Audit() => AuditEngine.Run(_document);

    /// <summary>The metrics snapshot the PUT stores for year-over-year.</summary>
    [Benchmark(Description = "metrics")]
    public MetricsSnapshot Metrics() => MetricsSnapshot.Of(_document);

    [Benchmark(Description = "score-all")]
    public int ScoreAllProfiles()
    {
        var scored = 0;
        foreach (var profile in ScoringProfiles.All)
            if (ScoringEngine.Score(_document, profile) is not null) scored++;
        return scored;
    }

    [Benchmark(Description = "validate+audit+score")]
    public int ValidateAuditScore()
    {
        var document = ParseAndValidate().Document!;
        var audit = AuditEngine.Run(document);
        var scored = audit.Findings.Count;
        foreach (var profile in ScoringProfiles.All)
            if (ScoringEngine.Score(document, profile, audit.Findings) is not null) scored++;
        return scored;
    }
}

/// <summary>ScoringEngine.Score per profile and report.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private ReportDocument _document = null!;
    private ScoringProfile _profile = null!;

    [ParamsSource(nameof(Fixtures))]
    public string Fixture { get; set; } = "";

    [ParamsSource(nameof(Profiles))]
    public string Profile { get; set; } = "";

    public static IEnumerable<string> Fixtures() => ReportFixtures.Load().Select(f => f.Name);

    public static IEnumerable<string> Profiles() => ScoringProfiles.All.Select(p => p.Id);

    [GlobalSetup]
    public void Setup()
    {
        using var json = JsonDocument.Parse(ReportFixtures.Load().Single(f => f.Name == Fixture).Json);
        _document = ReportParser.Parse(json.RootElement).Document ?? throw new InvalidOperationException($"{Fixture} does not parse.");
        _profile = ScoringProfiles.Find(Profile)!;
    }

    [Benchmark(Description = "score")]
    public ScoreResult Score() => ScoringEngine.Score(_document, _profile);
}
