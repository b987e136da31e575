using System.Diagnostics;
using System.Net;
using System.Text.Json;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Api.Tests.Limits;

/// <summary>
/// The largest document the limits allow is parsed, audited, scored under every profile and compared year over year,
/// and while one tenant PUTs it another tenant's PUT is served. Times are printed for the reader, never asserted
/// (a shared machine makes any bound flaky; speed is the benchmark's business).
/// </summary>
[Trait("Provider", "each")]
public sealed class BoundedWorkTests(TestApp app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<TestApp>
{
    [Fact]
    public void The_largest_document_is_parsed_audited_scored_under_every_profile_and_compared()
    {
        var text = LargestDocument.Build(2023, "430423");
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(text), LargestDocument.MaxBodyBytes * 3 / 4, LargestDocument.MaxBodyBytes);
        AllWork(text);

        // The best of three runs: the machine is shared, and the bound is on the work, not on the neighbours' load.
        var best = Enumerable.Range(0, 3).Min(_ =>
        {
            var elapsed = Stopwatch.StartNew();
            AllWork(text);
            return elapsed.Elapsed;
        });

        output.WriteLine($"best of three: {best.TotalMilliseconds:0} ms; by phase: {PhaseTimes(text)}");
    }

    [Fact]
    public async Task Another_tenants_PUT_is_served_while_the_largest_document_is_PUT()
    {
        var admin = app.Client();
        var big = "big-" + Guid.NewGuid().ToString("N")[..8];
        var small = "small-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(big, "430423");
        await admin.CreateAgencyAsync(small, "130110");
        var document = LargestDocument.Build(2023, "430423");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(small, 2022, Documents.Minimal(2022))).StatusCode);

        var putting = Enumerable.Range(0, 3).Select(i => app.Client().PutReportAsync(big, 2023 + i, document.Replace("\"fiscalYear\":2023", $"\"fiscalYear\":{2023 + i}", StringComparison.Ordinal))).ToList();
        await Task.Delay(100);
        var elapsed = Stopwatch.StartNew();
        var other = await app.Client().PutReportAsync(small, 2023, Documents.Minimal(2023));
        elapsed.Stop();

        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        output.WriteLine($"the other tenant's PUT took {elapsed.Elapsed.TotalMilliseconds:0} ms");
        foreach (var response in await Task.WhenAll(putting))
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Where the time goes, for the failure message: each phase and the slowest rules.</summary>
    private static string PhaseTimes(string text)
    {
        var times = new List<(string Phase, double Ms)>();
        T Time<T>(string phase, Func<T> work)
        {
            var watch = Stopwatch.StartNew();
            var result = work();
            times.Add((phase, watch.Elapsed.TotalMilliseconds));
            return result;
        }
        using var json = Time("JSON", () => JsonDocument.Parse(text));
        Time("shape", () => PerfEval.Domain.Validation.JsonShapeChecker.Check(json.RootElement, typeof(ReportDocument)));
        var plain = Time("deserialize", () => json.RootElement.Deserialize<ReportDocument>(ReportJson.Options))!;
        Time("validate", () => PerfEval.Domain.Validation.ReportDocumentValidator.Validate(plain));
        var document = Time("parse", () => ReportParser.Parse(json.RootElement)).Document!;
        foreach (var rule in RuleCatalog.All) Time(rule.Descriptor.Id, () => rule.Evaluate(document, new AuditContext(RuleCatalog.Version)).ToList());
        var audit = Time("audit", () => AuditEngine.Run(document));
        foreach (var profile in ScoringProfiles.All) Time(profile.Id, () => ScoringEngine.Score(document, profile, audit.Findings));
        var metrics = Time("metrics", () => MetricsSnapshot.Of(document));
        Time("yoy", () => YoyEngine.Compare(metrics, metrics, new YoyOptions()));
        return string.Join(", ", times.OrderByDescending(t => t.Ms).Take(8).Select(t => $"{t.Phase} {t.Ms:0} ms"));
    }

    private static void AllWork(string text)
    {
        using var json = JsonDocument.Parse(text);
        var parsed = ReportParser.Parse(json.RootElement);
        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Errors.Take(5).Select(e => $"{e.Pointer} {e.Message}")));
        var document = parsed.Document!;
        var audit = AuditEngine.Run(document);
        Assert.Equal(RuleCatalog.Version, audit.RulesetVersion);
        var scores = ScoringProfiles.All.Select(profile => ScoringEngine.Score(document, profile, audit.Findings)).ToList();
        Assert.Equal(ScoringProfiles.All.Count, scores.Count(s => s is not null));
        var metrics = MetricsSnapshot.Of(document);
        Assert.NotNull(YoyEngine.Compare(metrics, metrics, new YoyOptions()));
    }
}
