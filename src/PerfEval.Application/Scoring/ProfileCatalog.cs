using System.Collections.Concurrent;
using PerfEval.Application.Abstractions;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Scoring;

/// <summary>
/// The profiles in force, read from the store once per scope (a request, or a worker's claim): every save, rescore
/// and derivation sees the uploads committed before it began. A stored revision is parsed once per process.
/// </summary>
public sealed class ProfileCatalog(IProfileRepository profiles)
{
    private static readonly ConcurrentDictionary<(string Id, int Revision, string Hash), ScoringProfile> Parsed = new();

    private ProfileSet? _current;

    public async Task<ProfileSet> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is not null) return _current;
        var stored = await profiles.ListCurrentAsync(cancellationToken);
        var headlines = await profiles.ListHeadlinesAsync(cancellationToken);
        var uploaded = stored.Select(p => Parsed.GetOrAdd((p.Id, p.Revision, p.DocumentHash), _ => ScoringProfile.Parse(p.DocumentJson)));
        return _current = new ProfileSet(uploaded, headlines.ToDictionary(h => h.RegionCode, h => h.ProfileId, StringComparer.Ordinal));
    }

    /// <summary>An upload or a headline change in this scope is seen by what follows it in the same scope.</summary>
    public void Invalidate() => _current = null;

    /// <summary>The profiles and agency contexts a batch of report years needs to decide what applies.</summary>
    public async Task<IReadOnlyDictionary<string, AgencyContext>> AgenciesAsync(IEnumerable<string> agencyIds, CancellationToken cancellationToken) =>
        (await profiles.ListAgencyContextsAsync([.. agencyIds.Distinct(StringComparer.Ordinal)], cancellationToken)).ToDictionary(a => a.AgencyId, StringComparer.Ordinal);

    public static ReportContext Context(AgencyContext agency, int fiscalYear) => new(agency.RegionPath, fiscalYear, agency.Sector);
}
