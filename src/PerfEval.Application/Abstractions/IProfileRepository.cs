namespace PerfEval.Application.Abstractions;

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
