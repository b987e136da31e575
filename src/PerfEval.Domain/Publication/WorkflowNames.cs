namespace PerfEval.Domain.Publication;

/// <summary>The lower-case names states and actions have in JSON and in the database.</summary>
public static class WorkflowNames
{
    /// <summary>Every state's name, in workflow order.</summary>
    public static readonly IReadOnlyList<string> States = [.. Enum.GetValues<WorkflowState>().Select(Of)];

    /// <summary>The state a new version starts in.</summary>
    public static readonly string Draft = Of(WorkflowState.Draft);

    public static string Of(WorkflowState state) => state switch
    {
        WorkflowState.Draft => "draft",
        WorkflowState.Submitted => "submitted",
        WorkflowState.Returned => "returned",
        WorkflowState.Accepted => "accepted",
        WorkflowState.Published => "published",
        WorkflowState.Retracted => "retracted",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string Of(WorkflowAction action) => action switch
    {
        WorkflowAction.Revise => "revise",
        WorkflowAction.Submit => "submit",
        WorkflowAction.Return => "return",
        WorkflowAction.Accept => "accept",
        WorkflowAction.Publish => "publish",
        WorkflowAction.Retract => "retract",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static WorkflowState? ParseState(string? name) =>
        Enum.GetValues<WorkflowState>().Cast<WorkflowState?>().FirstOrDefault(s => Of(s!.Value) == name);

    public static WorkflowAction? ParseAction(string? name) =>
        Enum.GetValues<WorkflowAction>().Cast<WorkflowAction?>().FirstOrDefault(a => Of(a!.Value) == name);
}
