using PerfEval.Domain.Declarations;
using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Declarations;

public sealed class DeclarationWorkflowTests
{
    [Fact]
    public void The_agency_submits_and_the_region_returns_with_a_reason_or_approves()
    {
        Assert.Equal(DeclarationWorkflow.Submitted, DeclarationWorkflow.Apply(DeclarationWorkflow.Draft, DeclarationWorkflow.Submit, WorkflowRole.Agency, null).To);
        Assert.Equal(DeclarationWorkflow.Approved, DeclarationWorkflow.Apply(DeclarationWorkflow.Submitted, DeclarationWorkflow.Approve, WorkflowRole.Region, null).To);
        var returned = DeclarationWorkflow.Apply(DeclarationWorkflow.Submitted, DeclarationWorkflow.Return, WorkflowRole.Region, "  指标值过低 ");
        Assert.Equal(DeclarationWorkflow.Returned, returned.To);
        Assert.Equal("指标值过低", returned.Reason);
    }

    [Fact]
    public void Refusals_say_why()
    {
        Assert.True(DeclarationWorkflow.Apply(DeclarationWorkflow.Submitted, DeclarationWorkflow.Approve, WorkflowRole.Agency, null).RoleNotPermitted);
        Assert.True(DeclarationWorkflow.Apply(DeclarationWorkflow.Draft, DeclarationWorkflow.Submit, WorkflowRole.Region, null).RoleNotPermitted);
        Assert.True(DeclarationWorkflow.Apply(DeclarationWorkflow.Submitted, DeclarationWorkflow.Return, WorkflowRole.Region, " ").ReasonInvalid);
        var early = DeclarationWorkflow.Apply(DeclarationWorkflow.Draft, DeclarationWorkflow.Approve, WorkflowRole.Region, null);
        Assert.False(early.Succeeded);
        Assert.False(early.RoleNotPermitted);
        Assert.Empty(early.AllowedActions);
    }
}
