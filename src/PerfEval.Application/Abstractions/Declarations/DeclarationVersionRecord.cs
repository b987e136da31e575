namespace PerfEval.Application.Abstractions;

/// <summary>One immutable declaration version, with the document exactly as it was received.</summary>
public sealed record DeclarationVersionRecord(string AgencyId, int FiscalYear, int Version, string DocumentJson, string DocumentHash, DateTimeOffset CreatedAt, string? CreatedBy)
{
    private DeclarationVersionRecord() : this("", 0, 0, "", "", default, null) { }
}
