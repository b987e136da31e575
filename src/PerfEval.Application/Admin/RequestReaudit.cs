using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Application.Regions;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Admin;

/// <summary>A re-audit run: the ruleset it audits under, and its progress counted over its ledger rows like a rescore.</summary>
public sealed record ReauditProgress(string RulesetVersion, RescoreProgress Run);

/// <summary>
/// Audits the current versions of many reports again under the running ruleset and takes their metrics snapshots
/// again (admin), after a deployment that changed the rules or the metrics. Requested, not automatic at start-up:
/// every node of a deployment starts, and an administrator chooses when a province's worth of re-audits runs and for
/// which region or year. The ledger rows are written in this request's transaction, so the work cannot be lost.
/// </summary>
public sealed record RequestReaudit(string? RegionCode, int? FiscalYear) : ICommand<ReauditProgress>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate()
    {
        if (RegionCode is not null && !RegionCodes.IsWellFormed(RegionCode)) yield return new("/regionCode", "Region code must be 6 digits.");
        if (FiscalYear is < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear must be between 1990 and 2100.");
    }
}

public sealed class RequestReauditHandler(IRescoreRepository runs, IRegionRepository regions, IDerivationLedger ledger, IClock clock)
    : ICommandHandler<RequestReaudit, ReauditProgress>
{
    public async ValueTask<ReauditProgress> Handle(RequestReaudit command, CancellationToken cancellationToken)
    {
        string? path = null;
        if (command.RegionCode is not null)
            path = (await regions.FindAsync(command.RegionCode, cancellationToken))?.Path
                ?? throw new RequestValidationException([new("/regionCode", $"Region {command.RegionCode} does not exist.")]);
        var now = clock.UtcNow;
        var id = Guid.NewGuid().ToString("N");
        var versions = await ledger.RequeueCurrentVersionsAsync(new ReportListFilter(path, command.FiscalYear, null), [DerivationKinds.Reaudit], id, now, cancellationToken);
        var run = new RescoreRun(id, command.RegionCode, command.FiscalYear, null, versions, now);
        await runs.CreateAsync(run, cancellationToken);
        return new ReauditProgress(RuleCatalog.Version, RescoreProgress.Of(run, new DerivationCounts(versions, 0, 0, 0)));
    }
}
