using System.Text.Json;
using PerfEval.Application.Abstractions;
using PerfEval.Domain.Declarations;

namespace PerfEval.Application.Declarations;

/// <summary>A declaration body as received (exact text, stored as is) and as parsed, once, from that text.</summary>
public sealed record DeclarationBody(string Raw, DeclarationParse Parsed)
{
    public static DeclarationBody From(string raw, JsonElement root) => new(raw, DeclarationParser.Parse(root));
}

/// <summary>What a PUT or a review step returns: the declaration year's state.</summary>
public sealed record DeclarationSummary(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    int? ApprovedVersion,
    string? StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> AllowedActions)
{
    public static DeclarationSummary From(DeclarationHead head, IReadOnlyList<string> allowed) =>
        new(head.AgencyId, head.FiscalYear, head.Version, head.Status, head.ApprovedVersion, head.StatusReason, head.CreatedAt, head.UpdatedAt, allowed);
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
