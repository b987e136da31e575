namespace PerfEval.Domain.Publication;

/// <summary>Where a report year stands in review and publication (审核与公开). Wire names: <see cref="WorkflowNames"/>.</summary>
public enum WorkflowState
{
    /// <summary>草稿: the agency is still editing; every PUT adds a version.</summary>
    Draft,
    /// <summary>已报送: waiting for the region's review.</summary>
    Submitted,
    /// <summary>退回: the reviewer sent it back with a reason; the agency must PUT a corrected version.</summary>
    Returned,
    /// <summary>审核通过: accepted, not yet public.</summary>
    Accepted,
    /// <summary>已公开: public; this version is never changed.</summary>
    Published,
    /// <summary>撤回: withdrawn from publication with a reason; the agency must PUT a corrected version.</summary>
    Retracted,
}
