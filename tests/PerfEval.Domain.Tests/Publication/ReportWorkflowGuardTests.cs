using PerfEval.Domain.Audit;
using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class ReportWorkflowGuardTests
{
    [Theory]
    [InlineData(WorkflowState.Submitted, WorkflowAction.Return, null)]
    [InlineData(WorkflowState.Submitted, WorkflowAction.Return, "")]
    [InlineData(WorkflowState.Published, WorkflowAction.Retract, "   \n\t")]
    public void Return_and_retract_need_a_reason(WorkflowState state, WorkflowAction action, string? reason)
    {
        var result = ReportWorkflow.Apply(state, new WorkflowCommand(action, WorkflowRole.Region) { Reason = reason });

        Assert.Equal(WorkflowRefusal.ReasonMissing, result.Refusal);
        Assert.Equal([action], result.AllowedActions.Where(a => a == action));
    }

    [Fact]
    public void A_reason_is_trimmed_and_bounded()
    {
        var atLimit = new string('错', ReportWorkflow.MaxReasonLength);
        var ok = ReportWorkflow.Apply(WorkflowState.Submitted, new WorkflowCommand(WorkflowAction.Return, WorkflowRole.Region) { Reason = "  " + atLimit + " " });
        var tooLong = ReportWorkflow.Apply(WorkflowState.Submitted, new WorkflowCommand(WorkflowAction.Return, WorkflowRole.Region) { Reason = atLimit + "错" });

        Assert.Equal(atLimit, ok.Reason);
        Assert.Equal(WorkflowRefusal.ReasonTooLong, tooLong.Refusal);
    }

    [Fact]
    public void A_reason_is_not_kept_for_other_actions()
    {
        var result = ReportWorkflow.Apply(WorkflowState.Submitted, new WorkflowCommand(WorkflowAction.Accept, WorkflowRole.Region) { Reason = "fine" });

        Assert.True(result.Succeeded);
        Assert.Null(result.Reason);
    }

    [Theory]
    [InlineData(WorkflowState.Draft, WorkflowAction.Submit, WorkflowRole.Agency)]
    [InlineData(WorkflowState.Accepted, WorkflowAction.Publish, WorkflowRole.Region)]
    public void Error_findings_block_submit_and_publish_even_when_acknowledged(WorkflowState state, WorkflowAction action, WorkflowRole role)
    {
        var result = ReportWorkflow.Apply(state, new WorkflowCommand(action, role) { Findings = new FindingTally(1, 0), WarningsAcknowledged = true });

        Assert.Equal(WorkflowRefusal.ErrorFindings, result.Refusal);
        Assert.Contains(action, result.AllowedActions);
    }

    [Fact]
    public void Warnings_block_publish_until_acknowledged()
    {
        var command = new WorkflowCommand(WorkflowAction.Publish, WorkflowRole.Admin) { Findings = new FindingTally(0, 2) };

        Assert.Equal(WorkflowRefusal.WarningsNotAcknowledged, ReportWorkflow.Apply(WorkflowState.Accepted, command).Refusal);
        Assert.Equal(WorkflowState.Published, ReportWorkflow.Apply(WorkflowState.Accepted, command with { WarningsAcknowledged = true }).To);
    }

    [Fact]
    public void Warnings_do_not_block_submit()
    {
        var result = ReportWorkflow.Apply(WorkflowState.Draft, new WorkflowCommand(WorkflowAction.Submit, WorkflowRole.Agency) { Findings = new FindingTally(0, 3) });

        Assert.Equal(WorkflowState.Submitted, result.To);
    }

    [Fact]
    public void Findings_do_not_block_return_or_revise()
    {
        var findings = new FindingTally(5, 5);

        Assert.True(ReportWorkflow.Apply(WorkflowState.Submitted, new WorkflowCommand(WorkflowAction.Return, WorkflowRole.Region) { Reason = "有误", Findings = findings }).Succeeded);
        Assert.True(ReportWorkflow.Apply(WorkflowState.Returned, new WorkflowCommand(WorkflowAction.Revise, WorkflowRole.Agency) { Findings = findings }).Succeeded);
    }

    [Fact]
    public void The_state_check_comes_before_the_guards()
    {
        var result = ReportWorkflow.Apply(WorkflowState.Draft, new WorkflowCommand(WorkflowAction.Publish, WorkflowRole.Region) { Findings = new FindingTally(3, 0) });

        Assert.Equal(WorkflowRefusal.NotAllowedInState, result.Refusal);
    }

    [Fact]
    public void Finding_tally_counts_errors_and_warnings_only()
    {
        static Finding Make(string severity) => new("r", "1", severity, "t", "t", "m", "m", [], null, null, null);

        Assert.Equal(new FindingTally(2, 1), FindingTally.Of([Make(Severities.Error), Make(Severities.Warning), Make(Severities.Info), Make(Severities.Error)]));
    }
}
