using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Publication;
using PerfEval.Domain.Publication;

namespace PerfEval.Application.Reports;

/// <summary>
/// What must hold before a new version of a report year is stored, for the single PUT and for each line of a bulk
/// import alike: the client's If-Match names the current version (or "*" a report that exists), and the caller's role
/// may revise the report in its workflow state.
/// </summary>
public static class RevisionPreconditions
{
    public static void Check(ReportHead? head, int? ifMatch, TenantScope scope)
    {
        if (ifMatch is { } expected && (expected == ETags.AnyVersion ? head is null : expected != head?.Version))
            throw new PreconditionFailedException(head is null
                ? "If-Match was given but the report does not exist yet."
                : $"If-Match is version {expected} but the current version is {head.Version}.");
        if (head is not null
            && ReportWorkflow.Apply(WorkflowRoles.StateOf(head), new WorkflowCommand(WorkflowAction.Revise, WorkflowRoles.Of(scope.Role))) is { Succeeded: false } refused)
            throw WorkflowRoles.Refusal(refused);
    }
}
