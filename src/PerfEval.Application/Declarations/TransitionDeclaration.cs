using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Publication;
using PerfEval.Application.Reports;
using PerfEval.Domain.Declarations;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Declarations;

/// <summary>
/// Moves a declaration through review (submit, return, approve); the state machine is the domain's
/// <see cref="DeclarationWorkflow"/>. Approving makes the current version the one self-evaluations are checked against,
/// so the year's target check is owed again.
/// </summary>
public sealed record TransitionDeclaration(string AgencyId, int FiscalYear, string Action, [property: FreeText(TextKind.Lines)] string? Reason, int? IfMatch)
    : ICommand<DeclarationSummary>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;

    public IEnumerable<FieldError> Validate()
    {
        if (!DeclarationWorkflow.Actions.Contains(Action)) yield return new("/action", $"Action must be one of: {string.Join(", ", DeclarationWorkflow.Actions)}.");
    }
}

public sealed class TransitionDeclarationHandler(IDeclarationRepository declarations, ICallerAccessor caller, IClock clock)
    : ICommandHandler<TransitionDeclaration, DeclarationSummary>
{
    /// <summary>The derivation kind of a report year's check against its declaration (version 0: it belongs to the year).</summary>
    public const string CheckKind = Derivations.DerivationKinds.DeclaredTargets;

    public async ValueTask<DeclarationSummary> Handle(TransitionDeclaration command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var head = await declarations.FindHeadAsync(scope, command.AgencyId, command.FiscalYear, cancellationToken)
            ?? throw new NotFoundException($"No declaration of agency {command.AgencyId} for {command.FiscalYear}.");
        if (command.IfMatch is { } expected && expected != ETags.AnyVersion && expected != head.Version)
            throw new PreconditionFailedException($"If-Match is version {expected} but the current version is {head.Version}.");

        var role = WorkflowRoles.Of(scope.Role);
        var outcome = DeclarationWorkflow.Apply(head.Status, command.Action, role, command.Reason);
        if (!outcome.Succeeded)
        {
            AppException refusal = outcome.RoleNotPermitted ? new ForbiddenException(outcome.Refusal!)
                : outcome.ReasonInvalid ? new RequestValidationException([new("/reason", outcome.Refusal!)], outcome.Refusal!)
                : new ConflictException(outcome.Refusal!);
            refusal.Extensions["state"] = head.Status;
            refusal.Extensions["allowedActions"] = outcome.AllowedActions;
            throw refusal;
        }

        var now = clock.UtcNow;
        var approved = outcome.To == DeclarationWorkflow.Approved ? head.Version : head.ApprovedVersion;
        var move = new DeclarationMove(head.AgencyId, head.FiscalYear, head.Version, head.Status, outcome.To!, approved, outcome.Reason, scope.KeyId, now);
        if (!await declarations.MoveAsync(scope, move, cancellationToken)) throw ConcurrentChange.For(command.IfMatch);
        if (outcome.To == DeclarationWorkflow.Approved)
            await declarations.RequeueCheckAsync(CheckKind, head.AgencyId, head.FiscalYear, now, cancellationToken);

        var moved = head with { Status = outcome.To!, ApprovedVersion = approved, StatusReason = outcome.Reason, StatusBy = scope.KeyId, UpdatedAt = now };
        return DeclarationSummary.From(moved, DeclarationWorkflow.AllowedActions(moved.Status, role));
    }
}
