namespace PerfEval.Domain.Scoring;

/// <summary>The built-in profiles, read once from the embedded Scoring/Profiles/*.json.</summary>
public static class ScoringProfiles
{
    private static readonly Lazy<IReadOnlyList<ScoringProfile>> Embedded = new(Load);

    public static IReadOnlyList<ScoringProfile> All => Embedded.Value;

    public static ScoringProfile? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>The built-in profile declaring <c>defaultHeadline</c>: the headline score where no region names
    /// another, and the national weights and grade bands the audit checks a 自评表 against.</summary>
    public static ScoringProfile DefaultHeadline => All.Single(p => p.DefaultHeadline);

    private static IReadOnlyList<ScoringProfile> Load()
    {
        var assembly = typeof(ScoringProfiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Scoring.Profiles.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return ScoringProfile.Parse(reader.ReadToEnd());
            })
            .ToList();
    }
}
