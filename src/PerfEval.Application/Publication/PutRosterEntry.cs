using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Publication;

/// <summary>
/// Declares that an agency must report (and publish) for a fiscal year, with the date of its 决算批复 once known
/// (region reviewers for agencies in their region, or admin). Its publication status is recomputed right away.
/// </summary>
public sealed record PutRosterEntry(string AgencyId, int FiscalYear, DateOnly? ApprovalDate) : ICommand<RosterView>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (FiscalYear is < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear must be between 1990 and 2100.");
        if (ApprovalDate is { } date && (date.Year < FiscalYear || date.Year > FiscalYear + 2))
            yield return new("/approvalDate", "The 决算批复 of a fiscal year falls in that year or the two after it.");
    }
}

public sealed class PutRosterEntryHandler(IRosterRepository roster, FollowUps followUps, ICallerAccessor caller, IClock clock)
    : ICommandHandler<PutRosterEntry, RosterView>
{
    public async ValueTask<RosterView> Handle(PutRosterEntry command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var now = clock.UtcNow;
        if (!await roster.UpsertAsync(scope, new RosterRecord(command.AgencyId, command.FiscalYear, command.ApprovalDate, scope.KeyId, now), cancellationToken))
            throw new NotFoundException($"Agency {command.AgencyId} was not found.");
        await followUps.RosterChangedAsync(command.AgencyId, command.FiscalYear, now, cancellationToken);
        return (await roster.FindAsync(scope, command.AgencyId, command.FiscalYear, cancellationToken))!;
    }
}

/// <summary>Takes an agency off a year's roster (region reviewers for their region, or admin).</summary>
public sealed record RemoveRosterEntry(string AgencyId, int FiscalYear) : ICommand<bool>, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;
}

public sealed class RemoveRosterEntryHandler(IRosterRepository roster, FollowUps followUps, ICallerAccessor caller, IClock clock)
    : ICommandHandler<RemoveRosterEntry, bool>
{
    public async ValueTask<bool> Handle(RemoveRosterEntry command, CancellationToken cancellationToken)
    {
        if (!await roster.RemoveAsync(caller.Require(), command.AgencyId, command.FiscalYear, cancellationToken))
            throw new NotFoundException($"Agency {command.AgencyId} is not on the {command.FiscalYear} roster.");
        await followUps.RosterEntryRemovedAsync(command.AgencyId, command.FiscalYear, clock.UtcNow, cancellationToken);
        return true;
    }
}
