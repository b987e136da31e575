using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Admin;

public sealed record RescoreProgress(string Id, string State, string? RegionCode, int? FiscalYear, string? Profile, int Total, int Enqueued, int Scored,
    DateTimeOffset RequestedAt, DateTimeOffset UpdatedAt);

public static class RescoreStates
{
    public const string Queued = "queued";
    public const string Planning = "planning";
    public const string Enqueued = "enqueued";
}

/// <summary>
/// Rescores the current versions of many reports (admin): after a profile version change, or to rebuild results.
/// Planning runs as a job that enqueues the reports in batches; progress is read with GetRescoreRun.
/// </summary>
public sealed record RequestRescore(string? RegionCode, int? FiscalYear, string? Profile) : ICommand<RescoreProgress>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.AdminOnly;

    public IEnumerable<FieldError> Validate()
    {
        if (Profile is not null && ScoringProfiles.Find(Profile) is null)
            yield return new("/profile", $"Unknown profile; known: {string.Join(", ", ScoringProfiles.All.Select(p => p.Id))}.");
        if (RegionCode is { Length: not 6 }) yield return new("/regionCode", "Region code must be 6 digits.");
    }
}

public sealed class RequestRescoreHandler(IRescoreRepository runs, IRegionRepository regions, IJobScheduler scheduler, IClock clock)
    : ICommandHandler<RequestRescore, RescoreProgress>
{
    public async ValueTask<RescoreProgress> Handle(RequestRescore command, CancellationToken cancellationToken)
    {
        if (command.RegionCode is not null && await regions.FindAsync(command.RegionCode, cancellationToken) is null)
            throw new RequestValidationException([new("/regionCode", $"Region {command.RegionCode} does not exist.")]);
        var now = clock.UtcNow;
        var run = new RescoreRun(Guid.NewGuid().ToString("N"), command.RegionCode, command.FiscalYear, command.Profile, RescoreStates.Queued, 0, 0, now, now);
        await runs.CreateAsync(run, cancellationToken);
        scheduler.PlanRescore(run.Id);
        return new RescoreProgress(run.Id, run.State, run.RegionCode, run.FiscalYear, run.Profile, 0, 0, 0, now, now);
    }
}
