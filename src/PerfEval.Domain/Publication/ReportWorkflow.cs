namespace PerfEval.Domain.Publication;

/// <summary>
/// The review and publication workflow of one agency's report year:
/// draft → submitted → returned | accepted → published → retracted.
/// <para>
/// A PUT (<see cref="WorkflowAction.Revise"/>) is allowed in draft, submitted, returned and retracted, and always
/// leads to a new draft version: an agency may still withdraw a submission it finds wrong before a reviewer decides
/// (the history records it). It is refused once accepted, because the reviewer decided on exactly that version, and
/// once published, because a disclosed version is a public record: changing it silently would make the platform
/// show something other than what the public saw. A published report is corrected by retracting it (with a reason,
/// kept in the history) and then PUTting a new draft, which goes through review again. A returned report cannot be
/// resubmitted unchanged: the agency must PUT a corrected version.
/// </para>
/// <para>Submit and publish are refused while 确定 (error) findings exist; publishing with 疑似 (warning) findings
/// needs the reviewer's explicit acknowledgement.</para>
/// </summary>
public static class ReportWorkflow
{
    /// <summary>The longest reason accepted for return and retract, in UTF-16 code units after trimming.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>The state of a report year created by its first PUT.</summary>
    public const WorkflowState InitialState = WorkflowState.Draft;

    private sealed record Transition(WorkflowState From, WorkflowAction Action, WorkflowState To, WorkflowRole[] Roles);

    private static readonly WorkflowRole[] Filers = [WorkflowRole.Agency, WorkflowRole.Admin];
    private static readonly WorkflowRole[] Reviewers = [WorkflowRole.Region, WorkflowRole.Admin];

    private static readonly Transition[] Transitions =
    [
        new(WorkflowState.Draft, WorkflowAction.Revise, WorkflowState.Draft, Filers),
        new(WorkflowState.Submitted, WorkflowAction.Revise, WorkflowState.Draft, Filers),
        new(WorkflowState.Returned, WorkflowAction.Revise, WorkflowState.Draft, Filers),
        new(WorkflowState.Retracted, WorkflowAction.Revise, WorkflowState.Draft, Filers),
        new(WorkflowState.Draft, WorkflowAction.Submit, WorkflowState.Submitted, Filers),
        new(WorkflowState.Submitted, WorkflowAction.Return, WorkflowState.Returned, Reviewers),
        new(WorkflowState.Submitted, WorkflowAction.Accept, WorkflowState.Accepted, Reviewers),
        new(WorkflowState.Accepted, WorkflowAction.Publish, WorkflowState.Published, Reviewers),
        new(WorkflowState.Published, WorkflowAction.Retract, WorkflowState.Retracted, Reviewers),
    ];

    /// <summary>The actions <paramref name="role"/> may take on a report in <paramref name="state"/>, in declaration order.</summary>
    public static IReadOnlyList<WorkflowAction> AllowedActions(WorkflowState state, WorkflowRole role) =>
        Transitions.Where(t => t.From == state && t.Roles.Contains(role)).Select(t => t.Action).Distinct().Order().ToList();

    /// <summary>Checks <paramref name="command"/> against the state machine and its guards; pure, changes nothing.</summary>
    public static WorkflowResult Apply(WorkflowState state, WorkflowCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var allowed = AllowedActions(state, command.Role);
        var transition = Transitions.FirstOrDefault(t => t.From == state && t.Action == command.Action && t.Roles.Contains(command.Role));
        if (transition is null)
        {
            var roleEverAllowed = Transitions.Any(t => t.Action == command.Action && t.Roles.Contains(command.Role));
            return roleEverAllowed
                ? Refuse(state, command, allowed, WorkflowRefusal.NotAllowedInState,
                    $"Cannot {WorkflowNames.Of(command.Action)} a {WorkflowNames.Of(state)} report.")
                : Refuse(state, command, allowed, WorkflowRefusal.RoleNotPermitted,
                    $"The {command.Role.ToString().ToLowerInvariant()} role cannot {WorkflowNames.Of(command.Action)} reports.");
        }

        string? reason = null;
        if (command.Action is WorkflowAction.Return or WorkflowAction.Retract)
        {
            reason = command.Reason?.Trim();
            if (string.IsNullOrEmpty(reason))
                return Refuse(state, command, allowed, WorkflowRefusal.ReasonMissing, $"A reason is required to {WorkflowNames.Of(command.Action)} a report.");
            if (reason.Length > MaxReasonLength)
                return Refuse(state, command, allowed, WorkflowRefusal.ReasonTooLong, $"The reason is longer than {MaxReasonLength} characters.");
        }

        if ((command.Action is WorkflowAction.Submit or WorkflowAction.Publish) && command.Findings.Errors > 0)
            return Refuse(state, command, allowed, WorkflowRefusal.ErrorFindings,
                $"The version has {command.Findings.Errors} error finding(s); they must be corrected first.");
        if (command.Action == WorkflowAction.Publish && command.Findings.Warnings > 0 && !command.WarningsAcknowledged)
            return Refuse(state, command, allowed, WorkflowRefusal.WarningsNotAcknowledged,
                $"The version has {command.Findings.Warnings} warning finding(s); publishing needs an explicit acknowledgement.");

        return new WorkflowResult { From = state, Action = command.Action, To = transition.To, Reason = reason };
    }

    private static WorkflowResult Refuse(WorkflowState state, WorkflowCommand command, IReadOnlyList<WorkflowAction> allowed, WorkflowRefusal refusal, string message) =>
        new() { From = state, Action = command.Action, Refusal = refusal, Message = message, AllowedActions = allowed };
}
