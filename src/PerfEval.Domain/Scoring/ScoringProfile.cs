using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// A scoring profile as data (embedded JSON under Scoring/Profiles, or uploaded by an administrator at runtime). Every
/// rule cites its source in the law, notice or template it rests on; weights not verified there are marked <c>verified: false</c>.
/// </summary>
public sealed record ScoringProfile
{
    public required string Id { get; init; }
    public required string Version { get; init; }
    /// <summary>selfEvaluationTable (score the 自评表) or commonIndicators (compute 部门整体支出 common indicators).</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<GradeBand> Grades { get; init; } = [];
    public IReadOnlyList<WeightRule> Level1Weights { get; init; } = [];
    public decimal BudgetExecutionWeight { get; init; } = 10m;
    public IReadOnlyList<QualitativeBand> QualitativeBands { get; init; } = [];
    public IReadOnlyList<CommonIndicatorRule> Indicators { get; init; } = [];
    /// <summary>Where the profile applies (everywhere when absent): only reports it applies to are scored under it.</summary>
    public ProfileApplicability Applicability { get; init; } = ProfileApplicability.Everywhere;
    /// <summary>True for the one built-in profile whose total is the headline score where no region names another.</summary>
    public bool DefaultHeadline { get; init; }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ScoringProfile Parse(string json)
    {
        var profile = JsonSerializer.Deserialize<ScoringProfile>(json, JsonOptions) ?? throw new FormatException("Empty scoring profile.");
        if (profile.Kind is not (ProfileKinds.SelfEvaluationTable or ProfileKinds.CommonIndicators))
            throw new FormatException($"Profile {profile.Id}: unknown kind '{profile.Kind}'.");
        if (profile.Grades.Count == 0) throw new FormatException($"Profile {profile.Id}: grade bands are required.");
        return profile;
    }
}

public static class ProfileKinds
{
    public const string SelfEvaluationTable = "selfEvaluationTable";
    public const string CommonIndicators = "commonIndicators";
}

/// <summary>A grade and the lowest total that earns it (优 ≥ 90 …).</summary>
public sealed record GradeBand(string Grade, decimal Min, IReadOnlyList<string>? Synonyms = null, string? Source = null);

public sealed record WeightRule(string Name, decimal Weight, bool Verified, string? Source = null);

/// <summary>A qualitative band as fractions of the weight, and the words in an actual value that select it.</summary>
public sealed record QualitativeBand(string Name, decimal Min, decimal Max, IReadOnlyList<string> Words, string? Source = null);

/// <summary>
/// One 部门整体支出 common indicator: which formula computes it, its weight, and how the value becomes points:
/// ceiling (full marks up to <see cref="Threshold"/> %, minus <see cref="DeductionPerPoint"/> per point above),
/// floor (full marks down to the threshold, minus per point below), ratioCap (weight × min(1, value / 100)), valueOnly (not scored).
/// </summary>
public sealed record CommonIndicatorRule(
    string Id,
    string Name,
    string Formula,
    decimal Weight,
    bool WeightVerified,
    string Scoring,
    decimal? Threshold,
    decimal? DeductionPerPoint,
    bool ScoringVerified,
    string Source);
