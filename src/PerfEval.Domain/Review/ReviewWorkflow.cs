using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Review;

/// <summary>
/// Review by the region of what an agency files during the year: its declaration (绩效目标审核, 中央部门预算绩效目标管理办法,
/// 财预〔2015〕88号) and its monitoring reports (中央部门预算绩效运行监控管理暂行办法, 财预〔2019〕136号). One state machine
/// for both: draft → submitted → returned | approved. The agency (or an admin) writes and submits; the region (or an
/// admin) returns it with a reason or approves it. A new version (PUT) is allowed in every state and is a new draft:
/// after approval it is an adjustment (绩效目标调整), and the approved version stays the reviewed one until the
/// adjustment is approved in turn.
/// </summary>
public static class ReviewWorkflow
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Approved = "approved";
    public static readonly IReadOnlyList<string> States = [Draft, Submitted, Returned, Approved];

    public const string Submit = "submit";
    public const string Return = "return";
    public const string Approve = "approve";
    public static readonly IReadOnlyList<string> Actions = [Submit, Return, Approve];

    public const int MaxReasonLength = 2000;

    private static readonly WorkflowRole[] Filers = [WorkflowRole.Agency, WorkflowRole.Admin];
    private static readonly WorkflowRole[] Reviewers = [WorkflowRole.Region, WorkflowRole.Admin];

    private static readonly (string From, string Action, string To, WorkflowRole[] Roles)[] Transitions =
    [
        (Draft, Submit, Submitted, Filers),
        (Submitted, Return, Returned, Reviewers),
        (Submitted, Approve, Approved, Reviewers),
    ];

    public sealed record Outcome(string? To, string? Reason, bool RoleNotPermitted, string? Refusal, IReadOnlyList<string> AllowedActions, bool ReasonInvalid = false)
    {
        public bool Succeeded => To is not null;
    }

    public static IReadOnlyList<string> AllowedActions(string state, WorkflowRole role) =>
        [.. Transitions.Where(t => t.From == state && t.Roles.Contains(role)).Select(t => t.Action)];

    /// <summary>Applies <paramref name="action"/>; <paramref name="subject"/> names what is reviewed in refusals ("declaration").</summary>
    public static Outcome Apply(string state, string action, WorkflowRole role, string? reason, string subject)
    {
        var allowed = AllowedActions(state, role);
        if (!Transitions.Any(t => t.Action == action && t.Roles.Contains(role)))
            return new(null, null, true, $"The {role.ToString().ToLowerInvariant()} role cannot {action} {subject}s.", allowed);
        var transition = Transitions.FirstOrDefault(t => t.From == state && t.Action == action);
        if (transition.To is null)
            return new(null, null, false, $"Cannot {action} a {state} {subject}.", allowed);
        var trimmed = reason?.Trim();
        if (action == Return && string.IsNullOrEmpty(trimmed))
            return new(null, null, false, $"A reason is required to return a {subject}.", allowed, ReasonInvalid: true);
        if (trimmed is { Length: > MaxReasonLength })
            return new(null, null, false, $"The reason is longer than {MaxReasonLength} characters.", allowed, ReasonInvalid: true);
        return new(transition.To, string.IsNullOrEmpty(trimmed) ? null : trimmed, false, null, allowed);
    }
}
