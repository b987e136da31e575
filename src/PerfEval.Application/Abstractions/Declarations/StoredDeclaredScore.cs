namespace PerfEval.Application.Abstractions;

/// <summary>A self-evaluation's score under one profile, with the targets it quotes and with the declared ones.</summary>
public sealed record StoredDeclaredScore(
    string AgencyId,
    int FiscalYear,
    string Profile,
    string ProfileVersion,
    int ReportVersion,
    int DeclarationVersion,
    decimal? QuotedTotal,
    decimal? DeclaredTotal,
    decimal? Difference,
    string ResultJson,
    DateTimeOffset ComputedAt)
{
    private StoredDeclaredScore() : this("", 0, "", "", 0, 0, null, null, null, "", default) { }
}
