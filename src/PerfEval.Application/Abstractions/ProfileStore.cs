namespace PerfEval.Application.Abstractions;

/// <summary>One uploaded revision of a scoring profile: the document exactly as received, numbered per profile id.</summary>
public sealed record StoredProfile(string Id, int Revision, string Version, string Kind, string DocumentJson, string DocumentHash, DateTimeOffset UploadedAt,
    string? UploadedBy)
{
    private StoredProfile() : this("", 0, "", "", "", "", default, null) { }
}

/// <summary>The headline profile a region names for its dashboards and rankings (its descendants inherit it).</summary>
public sealed record RegionHeadline(string RegionCode, string ProfileId, DateTimeOffset UpdatedAt)
{
    private RegionHeadline() : this("", "", default) { }
}

/// <summary>What profile applicability reads of an agency.</summary>
public sealed record AgencyContext(string AgencyId, string RegionPath, string? Sector)
{
    private AgencyContext() : this("", "", null) { }
}

/// <summary>Uploaded scoring profiles (platform reference data, no tenant scope) and the regions' headline profiles.</summary>
public interface IProfileRepository
{
    /// <summary>The latest revision of every uploaded profile.</summary>
    Task<IReadOnlyList<StoredProfile>> ListCurrentAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<StoredProfile>> ListRevisionsAsync(string id, CancellationToken cancellationToken);
    /// <summary>False when the revision exists (a concurrent upload stored it first).</summary>
    Task<bool> InsertAsync(StoredProfile profile, CancellationToken cancellationToken);
    Task<IReadOnlyList<RegionHeadline>> ListHeadlinesAsync(CancellationToken cancellationToken);
    Task UpsertHeadlineAsync(RegionHeadline headline, CancellationToken cancellationToken);
    Task<IReadOnlyList<AgencyContext>> ListAgencyContextsAsync(IReadOnlyCollection<string> agencyIds, CancellationToken cancellationToken);
}
