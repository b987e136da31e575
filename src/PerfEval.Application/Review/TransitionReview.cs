using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Declarations;
using PerfEval.Application.Monitoring;
using PerfEval.Domain.Review;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Review;

/// <summary>
/// Moves a declaration (<see cref="ReviewKey.Period"/> null) or a monitoring report for a period through the region's
/// review (submit, return, approve; <see cref="ReviewSteps"/>). Approving a declaration makes its current version the
/// one self-evaluations are checked against, so the year's target check is owed again.
/// </summary>
public sealed record TransitionReview(ReviewKey Key, string Action, [property: FreeText(TextKind.Lines)] string? Reason, int? IfMatch)
    : ICommand<ReviewSummary>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;

    public IEnumerable<FieldError> Validate() => ReviewSteps.ValidateAction(Action);
}

public sealed class TransitionReviewHandler(IDeclarationRepository declarations, IMonitoringRepository monitoring, IMonitoringAssessmentRepository assessments,
    Webhooks.WebhookEvents webhooks, IChangeLog changes, ICallerAccessor caller, IClock clock)
    : ICommandHandler<TransitionReview, ReviewSummary>
{
    /// <summary>The derivation kind of a report year's check against its declaration (version 0: it belongs to the year).</summary>
    public const string CheckKind = Derivations.DerivationKinds.DeclaredTargets;

    public async ValueTask<ReviewSummary> Handle(TransitionReview command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var declaration = command.Key.Period is null;
        var moved = await ReviewSteps.ApplyAsync(declaration ? declarations.Heads : monitoring.Heads, command.Key,
            declaration ? PutDeclaration.Subject : PutMonitoringPeriod.Subject, command.Action, command.Reason, command.IfMatch, caller.Require(), now, cancellationToken);
        if (declaration && command.Action == ReviewWorkflow.Approve)
            await declarations.RequeueCheckAsync(CheckKind, moved.AgencyId, moved.FiscalYear, now, cancellationToken);
        // The year's monitoring assessments read the approved declaration and the periods' versions: an approval owes them again.
        if (command.Action == ReviewWorkflow.Approve)
            await assessments.RequeueAgencyYearAsync(Derivations.DerivationKinds.MonitoringAssessment, moved.AgencyId, moved.FiscalYear, now, cancellationToken);
        if (declaration && command.Action is ReviewWorkflow.Approve or ReviewWorkflow.Return)
        {
            await changes.AppendAsync([Changes.ChangeDetails.DeclarationReviewed(moved, command.Action, now)], cancellationToken);
            await webhooks.DeclarationReviewedAsync(moved, command.Action, now, cancellationToken);
        }
        return moved;
    }
}
