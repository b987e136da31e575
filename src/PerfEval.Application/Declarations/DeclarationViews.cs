using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Domain.Declarations;

namespace PerfEval.Application.Declarations;

/// <summary>A declaration body as received (exact text, stored as is) and as parsed, once, from that text.</summary>
public sealed record DeclarationBody(string Raw, DeclarationParse Parsed)
{
    public static DeclarationBody From(string raw, JsonElement root) => new(raw, DeclarationParser.Parse(root));
}

/// <summary>A declaration version with its document exactly as it was received.</summary>
public sealed record DeclarationView(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    int? ApprovedVersion,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    string DocumentHash,
    JsonElement Document);

public sealed record DeclarationVersionSummary(int Version, DateTimeOffset CreatedAt, string? CreatedBy, string DocumentHash, bool Approved);

/// <summary>
/// The current self-evaluation checked against the approved declaration: the target-change findings (each with a
/// pointer into the report version and one into the declaration version) and, per profile, the score under the
/// quoted targets beside the score under the declared ones.
/// </summary>
public sealed record DeclaredTargetCheck(
    string AgencyId,
    int FiscalYear,
    int ReportVersion,
    int DeclarationVersion,
    string RulesetVersion,
    int ErrorCount,
    int WarningCount,
    IReadOnlyList<TargetChangeFinding> Findings,
    IReadOnlyList<DeclaredScore> Scores,
    DateTimeOffset ComputedAt);
