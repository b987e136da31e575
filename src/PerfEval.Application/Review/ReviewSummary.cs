using System.Text.Json.Serialization;
using PerfEval.Application.Abstractions;
using PerfEval.Domain.Publication;
using PerfEval.Domain.Review;

namespace PerfEval.Application.Review;

/// <summary>What a PUT or a review step returns: the reviewed document's state and the actions the caller may take now (the period only for a monitoring report).</summary>
public sealed record ReviewSummary(
    string AgencyId,
    int FiscalYear,
    int Version,
    string Status,
    int? ApprovedVersion,
    string? StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> AllowedActions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Period = null)
{
    public static ReviewSummary From(ReviewHead head, WorkflowRole role) =>
        new(head.AgencyId, head.FiscalYear, head.Version, head.Status, head.ApprovedVersion, head.StatusReason, head.CreatedAt, head.UpdatedAt,
            ReviewWorkflow.AllowedActions(head.Status, role), head.Period);

    /// <summary>"approved", or for an older version "superseded", when the version is not the head's; else the head's status.</summary>
    public static string StatusOf(int version, ReviewHead head) =>
        version == head.Version ? head.Status : version == head.ApprovedVersion ? ReviewWorkflow.Approved : "superseded";
}
