using PerfEval.Domain.Publication;
using PerfEval.Domain.Review;

namespace PerfEval.Domain.Tests.Review;

public sealed class ReviewWorkflowTests
{
    [Fact]
    public void The_agency_submits_and_the_region_returns_with_a_reason_or_approves()
    {
        Assert.Equal(ReviewWorkflow.Submitted, ReviewWorkflow.Apply(ReviewWorkflow.Draft, ReviewWorkflow.Submit, WorkflowRole.Agency, null, "declaration").To);
        Assert.Equal(ReviewWorkflow.Approved, ReviewWorkflow.Apply(ReviewWorkflow.Submitted, ReviewWorkflow.Approve, WorkflowRole.Region, null, "declaration").To);
        var returned = ReviewWorkflow.Apply(ReviewWorkflow.Submitted, ReviewWorkflow.Return, WorkflowRole.Region, "  指标值过低 ", "declaration");
        Assert.Equal(ReviewWorkflow.Returned, returned.To);
        Assert.Equal("指标值过低", returned.Reason);
    }

    [Fact]
    public void Refusals_say_why_and_name_what_is_reviewed()
    {
        var byAgency = ReviewWorkflow.Apply(ReviewWorkflow.Submitted, ReviewWorkflow.Approve, WorkflowRole.Agency, null, "monitoring report");
        Assert.True(byAgency.RoleNotPermitted);
        Assert.Equal("The agency role cannot approve monitoring reports.", byAgency.Refusal);
        Assert.True(ReviewWorkflow.Apply(ReviewWorkflow.Draft, ReviewWorkflow.Submit, WorkflowRole.Region, null, "declaration").RoleNotPermitted);
        Assert.True(ReviewWorkflow.Apply(ReviewWorkflow.Submitted, ReviewWorkflow.Return, WorkflowRole.Region, " ", "declaration").ReasonInvalid);
        var early = ReviewWorkflow.Apply(ReviewWorkflow.Draft, ReviewWorkflow.Approve, WorkflowRole.Region, null, "declaration");
        Assert.False(early.Succeeded);
        Assert.False(early.RoleNotPermitted);
        Assert.Equal("Cannot approve a draft declaration.", early.Refusal);
        Assert.Empty(early.AllowedActions);
    }
}
