using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Application.Reports;
using PerfEval.Domain.Publication;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Publication;

/// <summary>
/// Moves a report year through the review and publication workflow (submit, return, accept, publish, retract). The
/// state machine and its guards are the domain's; every transition is recorded in the history, with who and why.
/// </summary>
public sealed record TransitionReport(string AgencyId, int FiscalYear, WorkflowAction Action, [property: FreeText(TextKind.Lines)] string? Reason, bool AcknowledgeWarnings, int? IfMatch)
    : ICommand<ReportSummary>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;

    public IEnumerable<FieldError> Validate()
    {
        if (Action == WorkflowAction.Revise) yield return new("/action", "A new version is made with PUT.");
    }
}

public sealed class TransitionReportHandler(IReportRepository reports, IWorkflowRepository workflow, FollowUps followUps, ICallerAccessor caller, IClock clock)
    : ICommandHandler<TransitionReport, ReportSummary>
{
    public async ValueTask<ReportSummary> Handle(TransitionReport command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await reports.FindHeadAsync(scope, command.AgencyId, command.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No report of agency {command.AgencyId} for {command.FiscalYear}.");
        if (command.IfMatch is { } expected && expected != ETags.AnyVersion && expected != head.Version)
            throw new PreconditionFailedException($"If-Match is version {expected} but the current version is {head.Version}.");

        var result = ReportWorkflow.Apply(WorkflowRoles.StateOf(head), new WorkflowCommand(command.Action, WorkflowRoles.Of(scope.Role))
        {
            Reason = command.Reason,
            Findings = new FindingTally(head.ErrorCount, head.WarningCount),
            WarningsAcknowledged = command.AcknowledgeWarnings,
        });
        var key = new VersionKey(command.AgencyId, command.FiscalYear, head.Version);
        if (!result.Succeeded)
        {
            var refusal = WorkflowRoles.Refusal(result);
            if (result.Refusal == WorkflowRefusal.ErrorFindings)
                refusal.Extensions["findings"] = await reports.FindFindingsAsync(scope, key, cancellationToken) ?? [];
            throw refusal;
        }

        var to = WorkflowNames.Of(result.To!.Value);
        var now = clock.UtcNow;
        if (!await workflow.MoveAsync(scope, key, head.Status, to, now, cancellationToken))
            throw ConcurrentChange.For(command.IfMatch);
        await workflow.AppendAsync(new TransitionRecord(key.AgencyId, key.FiscalYear, 0, key.Version, WorkflowNames.Of(command.Action), head.Status, to,
            result.Reason, command.Action == WorkflowAction.Publish && command.AcknowledgeWarnings, scope.KeyId, scope.KeyName, now), cancellationToken);
        await followUps.WorkflowChangedAsync(key.AgencyId, key.FiscalYear, now, cancellationToken);
        await followUps.ReportMovedAsync(key, to, now, cancellationToken);
        return ReportSummary.From(head with { Status = to, UpdatedAt = now });
    }
}
