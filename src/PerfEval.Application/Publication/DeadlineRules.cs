using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Application.Regions;
using PerfEval.Domain.Publication;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Publication;

public static class DeadlineRuleKinds
{
    public const string FixedDate = "fixedDate";
    public const string CalendarDaysAfterApproval = "calendarDaysAfterApproval";
    public const string WorkingDaysAfterApproval = "workingDaysAfterApproval";
    public static readonly IReadOnlyList<string> All = [FixedDate, CalendarDaysAfterApproval, WorkingDaysAfterApproval];

    public static DeadlineRuleEntry ToEntry(DeadlineRuleRecord r) => new(r.RegionCode, r.FiscalYear, r.RuleKind switch
    {
        FixedDate => new FixedDateRule(r.FixedDate!.Value),
        CalendarDaysAfterApproval => new CalendarDaysAfterApprovalRule(r.Days!.Value),
        _ => new WorkingDaysAfterApprovalRule(r.Days!.Value),
    }, r.Basis);
}

/// <summary>
/// A publication deadline rule for a region (and its descendants; null = national, admin only) and a fiscal year
/// (null = every year), with the text it rests on. Provinces differ, so rules are data.
/// </summary>
public sealed record CreateDeadlineRule(string? RegionCode, int? FiscalYear, string? Rule, int? Days, DateOnly? Date, [property: FreeText(TextKind.Lines)] string? Basis)
    : ICommand<DeadlineRuleRecord>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (RegionCode is not null && !RegionCodes.IsWellFormed(RegionCode)) yield return new("/regionCode", "Region code must be 6 digits.");
        if (FiscalYear is < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear must be between 1990 and 2100.");
        if (Rule is null || !DeadlineRuleKinds.All.Contains(Rule)) yield return new("/rule", $"rule must be one of {string.Join(", ", DeadlineRuleKinds.All)}.");
        if (Rule == DeadlineRuleKinds.FixedDate && (Date is null || FiscalYear is null))
            yield return new("/date", "A fixed date needs date and fiscalYear.");
        if (Rule is DeadlineRuleKinds.CalendarDaysAfterApproval or DeadlineRuleKinds.WorkingDaysAfterApproval && Days is not (>= 1 and <= 366))
            yield return new("/days", "days must be between 1 and 366.");
        if (string.IsNullOrWhiteSpace(Basis) || Basis.Length > 2000) yield return new("/basis", "The basis (the law or notice the rule rests on) is required, at most 2000 characters.");
    }
}

public sealed class CreateDeadlineRuleHandler(IDeadlineRuleRepository rules, IRegionRepository regions, FollowUps followUps, ICallerAccessor caller, IClock clock)
    : ICommandHandler<CreateDeadlineRule, DeadlineRuleRecord>
{
    public async ValueTask<DeadlineRuleRecord> Handle(CreateDeadlineRule command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        string? path = null;
        if (command.RegionCode is not null)
        {
            var region = await regions.FindAsync(command.RegionCode, cancellationToken)
                ?? throw new RequestValidationException([new("/regionCode", $"Region {command.RegionCode} does not exist.")]);
            path = region.Path;
        }
        if (scope.Role == CallerRole.Region && (path is null || !path.StartsWith(scope.RegionPath!, StringComparison.Ordinal)))
            throw new ForbiddenException("A region key sets deadline rules for its own region and the regions below it only.");

        var now = clock.UtcNow;
        var rule = new DeadlineRuleRecord(Guid.NewGuid().ToString("N"), command.RegionCode, command.FiscalYear, command.Rule!,
            command.Rule == DeadlineRuleKinds.FixedDate ? null : command.Days, command.Rule == DeadlineRuleKinds.FixedDate ? command.Date : null,
            command.Basis!.Trim(), scope.KeyId, now);
        if (!await rules.InsertAsync(rule, cancellationToken))
            throw new ConflictException("A rule for this region and fiscal year exists already; delete it first.");
        await followUps.DeadlinesChangedAsync(path, now, cancellationToken);
        return rule;
    }
}

public sealed record ListDeadlineRules : IQuery<IReadOnlyList<DeadlineRuleRecord>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ListDeadlineRulesHandler(IDeadlineRuleRepository rules) : IQueryHandler<ListDeadlineRules, IReadOnlyList<DeadlineRuleRecord>>
{
    public async ValueTask<IReadOnlyList<DeadlineRuleRecord>> Handle(ListDeadlineRules query, CancellationToken cancellationToken) =>
        await rules.ListAsync(cancellationToken);
}

public sealed record DeleteDeadlineRule(string Id) : ICommand<bool>, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;
}

public sealed class DeleteDeadlineRuleHandler(IDeadlineRuleRepository rules, IRegionRepository regions, FollowUps followUps, ICallerAccessor caller, IClock clock)
    : ICommandHandler<DeleteDeadlineRule, bool>
{
    public async ValueTask<bool> Handle(DeleteDeadlineRule command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var rule = await rules.FindAsync(command.Id, cancellationToken) ?? throw new NotFoundException($"Deadline rule {command.Id} was not found.");
        var path = rule.RegionCode is null ? null : (await regions.FindAsync(rule.RegionCode, cancellationToken))?.Path;
        if (scope.Role == CallerRole.Region && (path is null || !path.StartsWith(scope.RegionPath!, StringComparison.Ordinal)))
            throw new NotFoundException($"Deadline rule {command.Id} was not found.");
        await rules.DeleteAsync(command.Id, cancellationToken);
        await followUps.DeadlinesChangedAsync(path, clock.UtcNow, cancellationToken);
        return true;
    }
}
