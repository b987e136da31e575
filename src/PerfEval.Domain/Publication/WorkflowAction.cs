namespace PerfEval.Domain.Publication;

/// <summary>What a caller asks the workflow to do. Wire names: <see cref="WorkflowNames"/>.</summary>
public enum WorkflowAction
{
    /// <summary>PUT a new version of the report (修改): the report becomes a draft again.</summary>
    Revise,
    /// <summary>报送 for review.</summary>
    Submit,
    /// <summary>退回 to the agency, with a reason.</summary>
    Return,
    /// <summary>审核通过.</summary>
    Accept,
    /// <summary>公开.</summary>
    Publish,
    /// <summary>撤回 a publication, with a reason.</summary>
    Retract,
}
