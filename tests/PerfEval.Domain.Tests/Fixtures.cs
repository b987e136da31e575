using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Tests;

/// <summary>The five transcribed source reports (the product's demo reports, copied beside the tests as fixtures/reports).</summary>
public static class Fixtures
{
    public static readonly string[] ReportNames = ["lingling-2023", "hengshan-2022", "lusong-2024", "luquan-2022", "haizhu-2022"];

    public static TheoryData<string> Reports() => new(ReportNames);

    public static string ReportJsonText(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", name + ".json"));

    public static ReportDocument Report(string name) =>
        ReportJson.Deserialize(ReportJsonText(name)) ?? throw new InvalidOperationException($"Fixture {name} is null.");
}
