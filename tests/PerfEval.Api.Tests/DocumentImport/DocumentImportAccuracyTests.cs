using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;
using Xunit.Abstractions;

namespace PerfEval.Api.Tests.DocumentImport;

/// <summary>
/// Measured accuracy of the document import: each of the five seed reports as .docx, PDF and text, imported through
/// the route and compared with its fixture transcription leaf by leaf (<see cref="FixtureComparison"/>) and with the
/// numeric facts FACTS.md lists. Prints recall and precision per report, per format and per section (the README table
/// is this output). Asserts the targets per format: precision ≥ 99 % (a wrong figure is worse than a missing
/// one), recall ≥ 90 % for .docx and text and ≥ 85 % for PDF.
/// </summary>
public sealed class DocumentImportAccuracyTests(ApiOnlyApp app, ITestOutputHelper output) : IClassFixture<ApiOnlyApp>
{
    private const double PrecisionTarget = 0.99;
    private static readonly IReadOnlyDictionary<string, double> RecallTargets = new Dictionary<string, double>
    {
        ["docx"] = 0.90,
        ["txt"] = 0.90,
        ["pdf"] = 0.85,
    };

    [Fact]
    public async Task Five_reports_in_three_formats_meet_the_precision_and_recall_targets_and_the_figures_are_printed()
    {
        var admin = app.Client();
        var facts = DocumentDriver.FactsMarkdown();
        var table = new StringBuilder("| report | format | recall | precision | facts recovered | unread numbers |\n|---|---|---|---|---|---|\n");
        var byFormat = new Dictionary<string, FixtureComparison.Tally>();
        var factsByFormat = new Dictionary<string, (int Recovered, int Total)>();
        var bySection = new SortedDictionary<string, FixtureComparison.Tally>(StringComparer.Ordinal);

        foreach (var (extension, mediaType) in DocumentDriver.Formats)
        {
            foreach (var (name, factsHeading, year, region) in DocumentDriver.Reports)
            {
                var agency = "acc-" + Guid.NewGuid().ToString("N")[..8];
                await admin.CreateAgencyAsync(agency, region);
                var response = await admin.ImportDocumentAsync(agency, year, DocumentDriver.File(name, extension), mediaType);
                await response.AssertSuccessAsync();
                var body = await response.ReadObjectAsync();

                var comparison = FixtureComparison.Compare(DocumentDriver.Fixture(name), body["document"]!);
                var stated = FixtureComparison.Facts(facts, factsHeading);
                var recovered = stated.Count(f => FixtureComparison.Recovered(f, body["provenance"]!.AsArray()));
                table.Append(CultureInfo.InvariantCulture,
                    $"| {name} | {extension} | {Percent(comparison.Total.Recall)} ({comparison.Total.Recovered}/{comparison.Total.FixtureLeaves}) | {Percent(comparison.Total.Precision)} ({comparison.Total.Correct}/{comparison.Total.DraftLeaves}) | {recovered}/{stated.Count} | {body["unread"]!.AsArray().Count} |\n");

                byFormat[extension] = byFormat.GetValueOrDefault(extension, FixtureComparison.Tally.Zero) + comparison.Total;
                var (r, t) = factsByFormat.GetValueOrDefault(extension);
                factsByFormat[extension] = (r + recovered, t + stated.Count);
                foreach (var (section, tally) in comparison.BySection)
                    bySection[$"{section}|{extension}"] = bySection.GetValueOrDefault($"{section}|{extension}", FixtureComparison.Tally.Zero) + tally;
                foreach (var wrong in comparison.Wrong)
                    output.WriteLine($"not in the fixture: {name}.{extension} {wrong.Pointer} = {wrong.Value} {wrong.Unit} ({wrong.Label})");
            }
        }

        table.Append("\n| format | recall | precision | facts recovered |\n|---|---|---|---|\n");
        foreach (var (extension, tally) in byFormat)
            table.Append(CultureInfo.InvariantCulture,
                $"| {extension} | {Percent(tally.Recall)} ({tally.Recovered}/{tally.FixtureLeaves}) | {Percent(tally.Precision)} ({tally.Correct}/{tally.DraftLeaves}) | {factsByFormat[extension].Recovered}/{factsByFormat[extension].Total} |\n");
        table.Append("\n| section | format | recall | precision |\n|---|---|---|---|\n");
        foreach (var (key, tally) in bySection)
        {
            var parts = key.Split('|');
            table.Append(CultureInfo.InvariantCulture, $"| {parts[0]} | {parts[1]} | {Percent(tally.Recall)} ({tally.Recovered}/{tally.FixtureLeaves}) | {Percent(tally.Precision)} ({tally.Correct}/{tally.DraftLeaves}) |\n");
        }

        output.WriteLine(table.ToString());
        if (Environment.GetEnvironmentVariable("PERFEVAL_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            Directory.CreateDirectory(artifacts);
            await File.WriteAllTextAsync(Path.Combine(artifacts, "document-import-accuracy.md"), table.ToString());
        }

        Assert.All(byFormat, f => Assert.True(f.Value.Precision >= PrecisionTarget, $"{f.Key}: precision {Percent(f.Value.Precision)} is under {Percent(PrecisionTarget)}"));
        Assert.Equal(RecallTargets.Keys.Order(StringComparer.Ordinal), byFormat.Keys.Order(StringComparer.Ordinal));
        Assert.All(byFormat, f => Assert.True(f.Value.Recall >= RecallTargets[f.Key], $"{f.Key}: recall {Percent(f.Value.Recall)} is under the target {Percent(RecallTargets[f.Key])}"));
    }

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
