namespace PerfEval.Domain.Scoring;

/// <summary>
/// The profiles in force: the built-in ones, each replaced by its latest uploaded version when one exists, plus the
/// uploaded ones with new ids; and the headline profile each region names. Pure: built from what the store holds.
/// </summary>
public sealed class ProfileSet
{
    private readonly Dictionary<string, ScoringProfile> _byId;
    private readonly IReadOnlyDictionary<string, string> _headlines;

    public ProfileSet(IEnumerable<ScoringProfile> uploaded, IReadOnlyDictionary<string, string> headlinesByRegion)
    {
        _byId = ScoringProfiles.All.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var profile in uploaded) _byId[profile.Id] = profile;
        All = [.. _byId.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];
        _headlines = headlinesByRegion;
    }

    public static ProfileSet BuiltIn { get; } = new([], new Dictionary<string, string>());

    public IReadOnlyList<ScoringProfile> All { get; }

    public ScoringProfile? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The profiles that apply to a report: the ones it is scored under.</summary>
    public IReadOnlyList<ScoringProfile> ApplicableTo(ReportContext report) => [.. All.Where(p => p.Applicability.Applies(report))];

    /// <summary>
    /// The headline profile of a region path: the one named by the nearest region on the path (the county before its
    /// prefecture before its province), else the built-in default. A named profile that no longer exists is skipped.
    /// </summary>
    public ScoringProfile HeadlineFor(string regionPath)
    {
        foreach (var code in regionPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse())
            if (_headlines.TryGetValue(code, out var id) && Find(id) is { } named) return named;
        return Find(ScoringProfiles.DefaultHeadline.Id) ?? ScoringProfiles.DefaultHeadline;
    }
}
