namespace PerfEval.Application.Abstractions;

public sealed record RescoreRun(string Id, string? RegionCode, int? FiscalYear, string? Profile, int Versions, DateTimeOffset RequestedAt)
{
    private RescoreRun() : this("", null, null, null, 0, default) { }
}
