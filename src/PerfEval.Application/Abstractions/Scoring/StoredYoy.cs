namespace PerfEval.Application.Abstractions;

public sealed record StoredYoy(string AgencyId, int FiscalYear, string InputHash, string ResultJson, DateTimeOffset ComputedAt)
{
    private StoredYoy() : this("", 0, "", "", default) { }
}
