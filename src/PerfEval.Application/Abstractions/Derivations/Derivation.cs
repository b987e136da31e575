namespace PerfEval.Application.Abstractions;

/// <summary>One ledger row: a derived result (a kind) owed for one report version, and where its work stands.</summary>
public sealed record Derivation(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Kind,
    string State,
    int Attempts,
    string? ClaimId,
    string? LastError)
{
    private Derivation() : this("", 0, 0, "", "", 0, null, null) { }

    public VersionKey VersionKey => new(AgencyId, FiscalYear, Version);
}
