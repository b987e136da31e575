namespace PerfEval.Domain.Scoring;

public static class Grades
{
    /// <summary>The grade whose band holds <paramref name="total"/> (bands are matched from the highest minimum down).</summary>
    public static string? For(decimal? total, IReadOnlyList<GradeBand> bands) =>
        total is { } t ? bands.OrderByDescending(b => b.Min).FirstOrDefault(b => t >= b.Min)?.Grade : null;

    /// <summary>Maps a grade word as written ("优秀") to its band's grade ("优"); null when it names no band.</summary>
    public static string? Normalise(string? written, IReadOnlyList<GradeBand> bands)
    {
        if (string.IsNullOrWhiteSpace(written)) return null;
        var word = written.Trim();
        return bands.FirstOrDefault(b => b.Grade == word || (b.Synonyms?.Contains(word) ?? false))?.Grade;
    }
}
