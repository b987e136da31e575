namespace PerfEval.Domain.Publication;

/// <summary>Why the workflow refused a command.</summary>
public enum WorkflowRefusal
{
    /// <summary>The role may never perform this action, in any state (an API would answer 403).</summary>
    RoleNotPermitted,
    /// <summary>The role may perform this action, but not in the current state (409).</summary>
    NotAllowedInState,
    /// <summary>Return and retract need a non-blank reason.</summary>
    ReasonMissing,
    /// <summary>The reason is longer than <see cref="ReportWorkflow.MaxReasonLength"/> characters.</summary>
    ReasonTooLong,
    /// <summary>The version has 确定 (error) findings: it can be neither submitted nor published.</summary>
    ErrorFindings,
    /// <summary>The version has 疑似 (warning) findings and publishing was not explicitly acknowledged.</summary>
    WarningsNotAcknowledged,
}
