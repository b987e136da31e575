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
        if (Profile is { Length: 0 or > ScoringProfileValidator.MaxIdLength }) yield return new("/profile", "Unknown profile.");
        if (RegionCode is not null && !RegionCodes.IsWellFormed(RegionCode)) yield return new("/regionCode", "Region code must be 6 digits.");
        if (FiscalYear is < 1990 or > 2100) yield return new("/fiscalYear", "fiscalYear must be between 1990 and 2100.");
    }
}

public sealed class RequestRescoreHandler(IRescoreRepository runs, IRegionRepository regions, FollowUps followUps, Scoring.ProfileCatalog catalog, IClock clock)
    : ICommandHandler<RequestRescore, RescoreProgress>
{
    public async ValueTask<RescoreProgress> Handle(RequestRescore command, CancellationToken cancellationToken)
    {
        string? path = null;
        if (command.RegionCode is not null)
            path = (await regions.FindAsync(command.RegionCode, cancellationToken))?.Path
                ?? throw new RequestValidationException([new("/regionCode", $"Region {command.RegionCode} does not exist.")]);
        var profiles = await catalog.CurrentAsync(cancellationToken);
        IReadOnlyList<ScoringProfile> chosen = command.Profile is null ? profiles.All
            : profiles.Find(command.Profile) is { } profile ? [profile]
            : throw new RequestValidationException([new("/profile", $"Unknown profile; known: {string.Join(", ", profiles.All.Select(p => p.Id))}.")]);
        return await StartAsync(runs, followUps, new ReportListFilter(path, command.FiscalYear, null), command.RegionCode, command.FiscalYear, command.Profile, chosen,
            clock.UtcNow, cancellationToken);
    }

    /// <summary>Queues the work of a run (each profile where it applies, and the comparisons) and records the run.</summary>
    public static async Task<RescoreProgress> StartAsync(IRescoreRepository runs, FollowUps followUps, ReportListFilter filter, string? regionCode, int? fiscalYear,
        string? profileId, IReadOnlyList<ScoringProfile> profiles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var (versions, rows) = await followUps.RescoreRequestedAsync(filter, profiles, id, now, cancellationToken);
        var run = new RescoreRun(id, regionCode, fiscalYear, profileId, versions, now);
        await runs.CreateAsync(run, cancellationToken);
        return RescoreProgress.Of(run, new DerivationCounts(rows, 0, 0, 0));
    }
}
