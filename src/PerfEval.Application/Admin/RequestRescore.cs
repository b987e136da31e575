using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Application.Regions;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Admin;

/// <summary>
/// A rescore run: <see cref="Versions"/> report versions were queued; <see cref="Derivations"/> counts their ledger
/// rows by state. <see cref="State"/> is <c>running</c> until no row is pending or running, then <c>completed</c>.
/// </summary>
public sealed record RescoreProgress(string Id, string State, string? RegionCode, int? FiscalYear, string? Profile, int Versions,
    DerivationCounts Derivations, DateTimeOffset RequestedAt)
{
    public static RescoreProgress Of(RescoreRun run, DerivationCounts counts) =>
        new(run.Id, counts.Pending + counts.Running == 0 ? RescoreStates.Completed : RescoreStates.Running, run.RegionCode, run.FiscalYear, run.Profile,
            run.Versions, counts, run.RequestedAt);
}

public static class RescoreStates
{
    public const string Running = "running";
    public const string Completed = "completed";
}

/// <summary>
/// Rescores the current versions of many reports (admin): after a profile version change, or to rebuild results.
/// The ledger rows are written in this request's transaction, so the work starts once it commits and cannot be lost;
/// a per-profile rescore scores that profile only (and refreshes the comparisons that show scores).
/// </summary>
public sealed record RequestRescore(string? RegionCode, int? FiscalYear, string? Profile) : ICommand<RescoreProgress>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate()
    {
        if (Profile is not null && ScoringProfiles.Find(Profile) is null)
            yield return new("/profile", $"Unknown profile; known: {string.Join(", ", ScoringProfiles.All.Select(p => p.Id))}.");
        if (RegionCode is not null && !RegionCodes.IsWellFormed(RegionCode)) yield return new("/regionCode", "Region code must be 6 digits.");
        if (FiscalYear is < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear must be between 1990 and 2100.");
    }
}

public sealed class RequestRescoreHandler(IRescoreRepository runs, IRegionRepository regions, FollowUps followUps, IClock clock)
    : ICommandHandler<RequestRescore, RescoreProgress>
{
    public async ValueTask<RescoreProgress> Handle(RequestRescore command, CancellationToken cancellationToken)
    {
        string? path = null;
        if (command.RegionCode is not null)
            path = (await regions.FindAsync(command.RegionCode, cancellationToken))?.Path
                ?? throw new RequestValidationException([new("/regionCode", $"Region {command.RegionCode} does not exist.")]);
        var now = clock.UtcNow;
        var id = Guid.NewGuid().ToString("N");
        var versions = await followUps.RescoreRequestedAsync(new ReportListFilter(path, command.FiscalYear, null), command.Profile, id, now, cancellationToken);
        var run = new RescoreRun(id, command.RegionCode, command.FiscalYear, command.Profile, versions, now);
        await runs.CreateAsync(run, cancellationToken);
        var rows = versions * FollowUps.ForRescore(command.Profile).Count;
        return RescoreProgress.Of(run, new DerivationCounts(rows, 0, 0, 0));
    }
}
