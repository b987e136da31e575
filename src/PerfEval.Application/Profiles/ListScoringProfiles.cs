using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Profiles;

/// <summary>The profiles in force and where each applies (any caller that reads scores may know what scores them).</summary>
public sealed record ListScoringProfiles : IQuery<IReadOnlyList<ProfileSummary>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ListScoringProfilesHandler(Scoring.ProfileCatalog catalog, IProfileRepository profiles) : IQueryHandler<ListScoringProfiles, IReadOnlyList<ProfileSummary>>
{
    public async ValueTask<IReadOnlyList<ProfileSummary>> Handle(ListScoringProfiles query, CancellationToken cancellationToken)
    {
        var stored = (await profiles.ListCurrentAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var current = await catalog.CurrentAsync(cancellationToken);
        return [.. current.All.Select(p => ProfileSummary.Of(p, stored.GetValueOrDefault(p.Id)))];
    }
}
