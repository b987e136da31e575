namespace PerfEval.Domain.Publication;

/// <summary>
/// The outcome of <see cref="ReportWorkflow.Apply"/>: either the new state (and the trimmed reason, for return and
/// retract), or the refusal with the actions this role may take in the current state, so that a 409 can list them.
/// </summary>
public sealed record WorkflowResult
{
    public required WorkflowState From { get; init; }
    public required WorkflowAction Action { get; init; }
    /// <summary>The state after the action; null when refused.</summary>
    public WorkflowState? To { get; init; }
    public string? Reason { get; init; }
    public WorkflowRefusal? Refusal { get; init; }
    public string? Message { get; init; }
    public IReadOnlyList<WorkflowAction> AllowedActions { get; init; } = [];

    public bool Succeeded => Refusal is null;
}
