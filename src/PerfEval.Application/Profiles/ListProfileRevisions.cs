using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Profiles;

/// <summary>Every uploaded revision of a profile, oldest first (a built-in profile never uploaded has none).</summary>
public sealed record ListProfileRevisions(string Id) : IQuery<IReadOnlyList<ProfileRevision>>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class ListProfileRevisionsHandler(Scoring.ProfileCatalog catalog, IProfileRepository profiles)
    : IQueryHandler<ListProfileRevisions, IReadOnlyList<ProfileRevision>>
{
    public async ValueTask<IReadOnlyList<ProfileRevision>> Handle(ListProfileRevisions query, CancellationToken cancellationToken)
    {
        if ((await catalog.CurrentAsync(cancellationToken)).Find(query.Id) is null) throw new NotFoundException($"Scoring profile {query.Id} was not found.");
        return [.. (await profiles.ListRevisionsAsync(query.Id, cancellationToken)).Select(ProfileRevision.Of)];
    }
}
