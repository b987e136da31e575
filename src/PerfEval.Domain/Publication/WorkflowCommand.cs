namespace PerfEval.Domain.Publication;

/// <summary>
/// One request to move a report year through the workflow. <see cref="Reason"/> is required for
/// <see cref="WorkflowAction.Return"/> and <see cref="WorkflowAction.Retract"/> and ignored otherwise;
/// <see cref="Findings"/> are those of the current version (they gate submit and publish);
/// <see cref="WarningsAcknowledged"/> is the reviewer's explicit "publish despite the warnings".
/// </summary>
public sealed record WorkflowCommand(WorkflowAction Action, WorkflowRole Role)
{
    public string? Reason { get; init; }
    public FindingTally Findings { get; init; } = FindingTally.None;
    public bool WarningsAcknowledged { get; init; }
}
