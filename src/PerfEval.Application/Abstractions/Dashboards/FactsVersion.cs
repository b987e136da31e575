namespace PerfEval.Application.Abstractions;

/// <summary>When the facts a dashboard reads were last computed, and how many there are (together they change whenever the facts do).</summary>
public sealed record FactsVersion(DateTimeOffset? DataAsOf, int FactCount)
{
    private FactsVersion() : this(null, 0) { }
}
