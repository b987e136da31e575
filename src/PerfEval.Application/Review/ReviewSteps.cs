using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Publication;
using PerfEval.Application.Reports;
using PerfEval.Domain.Review;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Review;

/// <summary>
/// One review step (submit, return, approve) of a declaration or a monitoring report: the state machine is the domain's
/// <see cref="ReviewWorkflow"/>; refusals are 403 (a role that may never take the step), 422 (the reason) or 409 (not
/// now), each listing the caller's allowed actions; If-Match, when given, must name the current version (412).
/// </summary>
public static class ReviewSteps
{
    public static IEnumerable<FieldError> ValidateAction(string action)
    {
        if (!ReviewWorkflow.Actions.Contains(action)) yield return new("/action", $"Action must be one of: {string.Join(", ", ReviewWorkflow.Actions)}.");
    }

    public static async Task<ReviewSummary> ApplyAsync(IReviewHeads heads, ReviewKey key, string subject, string action, string? reason, int? ifMatch,
        TenantScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var head = await heads.FindAsync(scope, key, cancellationToken)
            ?? throw new NotFoundException($"No {subject} {key.Describe}.");
        ReviewedVersions.CheckIfMatch(head, ifMatch, subject);

        var role = WorkflowRoles.Of(scope.Role);
        var outcome = ReviewWorkflow.Apply(head.Status, action, role, reason, subject);
        if (!outcome.Succeeded)
        {
            AppException refusal = outcome.RoleNotPermitted ? new ForbiddenException(outcome.Refusal!)
                : outcome.ReasonInvalid ? new RequestValidationException([new("/reason", outcome.Refusal!)], outcome.Refusal!)
                : new ConflictException(outcome.Refusal!);
            refusal.Extensions["state"] = head.Status;
            refusal.Extensions["allowedActions"] = outcome.AllowedActions;
            throw refusal;
        }

        var approved = outcome.To == ReviewWorkflow.Approved ? head.Version : head.ApprovedVersion;
        var move = new ReviewMove(key, head.Version, head.Status, outcome.To!, approved, outcome.Reason, scope.KeyId, now);
        if (!await heads.MoveAsync(scope, move, cancellationToken)) throw ConcurrentChange.For(ifMatch);
        var moved = head with { Status = outcome.To!, ApprovedVersion = approved, StatusReason = outcome.Reason, StatusBy = scope.KeyId, UpdatedAt = now };
        return ReviewSummary.From(moved, role);
    }
}
