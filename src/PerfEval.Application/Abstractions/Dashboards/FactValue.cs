using System.Globalization;

namespace PerfEval.Application.Abstractions;

/// <summary>One number of a fact, with the agency it belongs to: read from a column (<see cref="Number"/>) or as the
/// JSON text of a metric (<see cref="NumberText"/>); null when the fact has none. <see cref="MetricSet"/> names the
/// fact's metric key set (null for a fact stored before facts named one).</summary>
public sealed record FactValue(string AgencyId, string AgencyName, string RegionCode, string? Sector, DateTimeOffset ComputedAt, decimal? Number, string? NumberText,
    string? MetricSet)
{
    private FactValue() : this("", "", "", null, default, null, null, null) { }

    public decimal? Value => Number ?? (NumberText is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
}

/// <summary>Where the number of a fact is read from.</summary>
public abstract record FactValueSource
{
    public const string Score = "score";
    public const string SelfScore = "self_score";

    /// <summary>A column of the fact: <see cref="Score"/> (the computed score) or <see cref="SelfScore"/>.</summary>
    public sealed record Column(string Name) : FactValueSource;

    /// <summary>One key of the fact's metrics.</summary>
    public sealed record Metric(string Key) : FactValueSource;

    /// <summary>No number: the agencies only (their value comes from elsewhere).</summary>
    public sealed record None : FactValueSource;
}
