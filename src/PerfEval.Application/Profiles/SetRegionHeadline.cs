using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Dashboards;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Profiles;

public sealed record RegionHeadlineSet(string RegionCode, string Profile, DateTimeOffset UpdatedAt);

/// <summary>
/// Names the headline profile of a region and its descendants (admin, or a region caller for a region of its own
/// tree): the score its dashboards and rankings show. The profile must apply to the region. The region's dashboard
/// facts are owed again in the same transaction.
/// </summary>
public sealed record SetRegionHeadline(string RegionCode, string? Profile) : ICommand<RegionHeadlineSet>, IValidatable, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(Profile)) yield return new("/profile", "profile is required.");
        else if (Profile.Length > ScoringProfileValidator.MaxIdLength) yield return new("/profile", "Unknown profile.");
    }
}

public sealed class SetRegionHeadlineHandler(IRegionRepository regions, IProfileRepository profiles, Scoring.ProfileCatalog catalog, IDerivationLedger ledger,
    ICallerAccessor caller, IClock clock) : ICommandHandler<SetRegionHeadline, RegionHeadlineSet>
{
    public async ValueTask<RegionHeadlineSet> Handle(SetRegionHeadline command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var region = await DashboardScope.RegionAsync(regions, scope, command.RegionCode, cancellationToken);
        if (region.Code == DashboardScope.NationalCode) throw new NotFoundException($"Region {command.RegionCode} was not found.");
        var profile = (await catalog.CurrentAsync(cancellationToken)).Find(command.Profile!)
            ?? throw new RequestValidationException([new("/profile", $"Unknown profile {command.Profile}.")]);
        if (profile.Applicability.Regions.Count > 0 && !profile.Applicability.Regions.Any(code => ReportContext.IsWithin(region.Path, code)))
            throw new RequestValidationException([new("/profile", $"Profile {profile.Id} does not apply to region {region.Code}.")]);

        var now = clock.UtcNow;
        await profiles.UpsertHeadlineAsync(new RegionHeadline(region.Code, profile.Id, now), cancellationToken);
        catalog.Invalidate();
        await ledger.RequeueReportYearsAsync(DerivationKinds.Dashboard, region.Path, now, now + FollowUps.DashboardSettle, cancellationToken);
        return new RegionHeadlineSet(region.Code, profile.Id, now);
    }
}
