namespace PerfEval.Domain.Scoring;

/// <summary>Scores and percentages are shown to 2 decimals, rounded half up (财预〔2020〕10号: no official rounding rule was
/// found; every published example agrees with round-half-up to 2 dp).</summary>
public static class Rounding
{
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static decimal? Round2(decimal? value) => value is { } v ? Round2(v) : null;
}
