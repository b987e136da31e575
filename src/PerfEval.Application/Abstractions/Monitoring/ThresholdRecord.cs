namespace PerfEval.Application.Abstractions;

/// <summary>A region's execution threshold for one period of one fiscal year, with the notice it rests on.</summary>
public sealed record ThresholdRecord(string RegionCode, int FiscalYear, string Period, DateOnly EndsOn, decimal MinExecutionRate, string Source, DateTimeOffset UpdatedAt)
{
    private ThresholdRecord() : this("", 0, "", default, 0m, "", default) { }
}
