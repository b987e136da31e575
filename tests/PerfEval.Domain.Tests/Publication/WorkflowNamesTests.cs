using PerfEval.Domain.Publication;

namespace PerfEval.Domain.Tests.Publication;

public sealed class WorkflowNamesTests
{
    [Fact]
    public void States_and_actions_have_stable_lower_case_names_that_round_trip()
    {
        Assert.Equal(["draft", "submitted", "returned", "accepted", "published", "retracted"], Enum.GetValues<WorkflowState>().Select(WorkflowNames.Of));
        Assert.Equal(["revise", "submit", "return", "accept", "publish", "retract"], Enum.GetValues<WorkflowAction>().Select(WorkflowNames.Of));
        Assert.All(Enum.GetValues<WorkflowState>(), s => Assert.Equal(s, WorkflowNames.ParseState(WorkflowNames.Of(s))));
        Assert.All(Enum.GetValues<WorkflowAction>(), a => Assert.Equal(a, WorkflowNames.ParseAction(WorkflowNames.Of(a))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Draft")]
    [InlineData("deleted")]
    public void Unknown_names_parse_to_null(string? name)
    {
        Assert.Null(WorkflowNames.ParseState(name));
        Assert.Null(WorkflowNames.ParseAction(name));
    }
}
