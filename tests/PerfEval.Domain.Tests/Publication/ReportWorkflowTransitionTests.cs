using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

/// <summary>Every state × action × role: the expected table is written out here, independently of the implementation.</summary>
public sealed class ReportWorkflowTransitionTests
{
    // "state action role → new state" for every allowed combination; everything else must be refused.
    private static readonly Dictionary<(WorkflowState, WorkflowAction, WorkflowRole), WorkflowState> Allowed = new()
    {
        [(WorkflowState.Draft, WorkflowAction.Revise, WorkflowRole.Agency)] = WorkflowState.Draft,
        [(WorkflowState.Draft, WorkflowAction.Revise, WorkflowRole.Admin)] = WorkflowState.Draft,
        [(WorkflowState.Returned, WorkflowAction.Revise, WorkflowRole.Agency)] = WorkflowState.Draft,
        [(WorkflowState.Returned, WorkflowAction.Revise, WorkflowRole.Admin)] = WorkflowState.Draft,
        [(WorkflowState.Retracted, WorkflowAction.Revise, WorkflowRole.Agency)] = WorkflowState.Draft,
        [(WorkflowState.Retracted, WorkflowAction.Revise, WorkflowRole.Admin)] = WorkflowState.Draft,
        [(WorkflowState.Submitted, WorkflowAction.Revise, WorkflowRole.Agency)] = WorkflowState.Draft,
        [(WorkflowState.Submitted, WorkflowAction.Revise, WorkflowRole.Admin)] = WorkflowState.Draft,
        [(WorkflowState.Draft, WorkflowAction.Submit, WorkflowRole.Agency)] = WorkflowState.Submitted,
        [(WorkflowState.Draft, WorkflowAction.Submit, WorkflowRole.Admin)] = WorkflowState.Submitted,
        [(WorkflowState.Submitted, WorkflowAction.Return, WorkflowRole.Region)] = WorkflowState.Returned,
        [(WorkflowState.Submitted, WorkflowAction.Return, WorkflowRole.Admin)] = WorkflowState.Returned,
        [(WorkflowState.Submitted, WorkflowAction.Accept, WorkflowRole.Region)] = WorkflowState.Accepted,
        [(WorkflowState.Submitted, WorkflowAction.Accept, WorkflowRole.Admin)] = WorkflowState.Accepted,
        [(WorkflowState.Accepted, WorkflowAction.Publish, WorkflowRole.Region)] = WorkflowState.Published,
        [(WorkflowState.Accepted, WorkflowAction.Publish, WorkflowRole.Admin)] = WorkflowState.Published,
        [(WorkflowState.Published, WorkflowAction.Retract, WorkflowRole.Region)] = WorkflowState.Retracted,
        [(WorkflowState.Published, WorkflowAction.Retract, WorkflowRole.Admin)] = WorkflowState.Retracted,
    };

    // Actions a role can never take, whatever the state.
    private static readonly HashSet<(WorkflowAction, WorkflowRole)> NeverAllowed =
    [
        (WorkflowAction.Revise, WorkflowRole.Region),
        (WorkflowAction.Submit, WorkflowRole.Region),
        (WorkflowAction.Return, WorkflowRole.Agency),
        (WorkflowAction.Accept, WorkflowRole.Agency),
        (WorkflowAction.Publish, WorkflowRole.Agency),
        (WorkflowAction.Retract, WorkflowRole.Agency),
    ];

    public static TheoryData<WorkflowState, WorkflowAction, WorkflowRole> AllCombinations()
    {
        var data = new TheoryData<WorkflowState, WorkflowAction, WorkflowRole>();
        foreach (var state in Enum.GetValues<WorkflowState>())
            foreach (var action in Enum.GetValues<WorkflowAction>())
                foreach (var role in Enum.GetValues<WorkflowRole>())
                    data.Add(state, action, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Each_combination_is_allowed_or_refused_as_specified(WorkflowState state, WorkflowAction action, WorkflowRole role)
    {
        var result = ReportWorkflow.Apply(state, new WorkflowCommand(action, role) { Reason = "数据有误，请核对后重新报送" });

        if (Allowed.TryGetValue((state, action, role), out var to))
        {
            Assert.True(result.Succeeded, result.Message);
            Assert.Equal(to, result.To);
            Assert.Empty(result.AllowedActions);
        }
        else
        {
            Assert.False(result.Succeeded);
            Assert.Null(result.To);
            Assert.Equal(NeverAllowed.Contains((action, role)) ? WorkflowRefusal.RoleNotPermitted : WorkflowRefusal.NotAllowedInState, result.Refusal);
            Assert.Equal(ExpectedAllowed(state, role), result.AllowedActions);
        }
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Allowed_actions_list_exactly_the_permitted_ones(WorkflowState state, WorkflowAction action, WorkflowRole role)
    {
        Assert.Equal(Allowed.ContainsKey((state, action, role)), ReportWorkflow.AllowedActions(state, role).Contains(action));
    }

    [Fact]
    public void The_table_covers_108_combinations_of_which_18_are_allowed()
    {
        Assert.Equal(6 * 6 * 3, AllCombinations().Count());
        Assert.Equal(18, AllCombinations().Count(row => ReportWorkflow.Apply((WorkflowState)row[0], new WorkflowCommand((WorkflowAction)row[1], (WorkflowRole)row[2]) { Reason = "x" }).Succeeded));
    }

    [Fact]
    public void A_report_starts_as_a_draft()
    {
        Assert.Equal(WorkflowState.Draft, ReportWorkflow.InitialState);
    }

    [Fact]
    public void Put_on_a_published_report_is_refused_and_the_agency_is_told_it_has_no_action()
    {
        var result = ReportWorkflow.Apply(WorkflowState.Published, new WorkflowCommand(WorkflowAction.Revise, WorkflowRole.Agency));

        Assert.Equal(WorkflowRefusal.NotAllowedInState, result.Refusal);
        Assert.Empty(result.AllowedActions);
        Assert.Equal([WorkflowAction.Retract], ReportWorkflow.AllowedActions(WorkflowState.Published, WorkflowRole.Region));
    }

    [Fact]
    public void A_retracted_report_goes_back_through_review_after_a_new_version()
    {
        var state = WorkflowState.Published;
        foreach (var (action, role) in new[]
        {
            (WorkflowAction.Retract, WorkflowRole.Region), (WorkflowAction.Revise, WorkflowRole.Agency), (WorkflowAction.Submit, WorkflowRole.Agency),
            (WorkflowAction.Accept, WorkflowRole.Region), (WorkflowAction.Publish, WorkflowRole.Region),
        })
        {
            var result = ReportWorkflow.Apply(state, new WorkflowCommand(action, role) { Reason = "更正决算数" });
            Assert.True(result.Succeeded, result.Message);
            state = result.To!.Value;
        }
        Assert.Equal(WorkflowState.Published, state);
    }

    private static List<WorkflowAction> ExpectedAllowed(WorkflowState state, WorkflowRole role) =>
        Allowed.Keys.Where(k => k.Item1 == state && k.Item3 == role).Select(k => k.Item2).Order().ToList();
}
