using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Domain.Validation;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// Checks an uploaded profile against the profile schema (the shape of <see cref="ScoringProfile"/>) and what the
/// scorers need of it, reporting every problem at once with its JSON pointer. A profile that passes scores without
/// an unknown formula, method or kind.
/// </summary>
public static partial class ScoringProfileValidator
{
    public const int MaxIdLength = 64;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex RegionCodePattern();

    private static readonly HashSet<string> IndicatorMethods = [ScoreMethods.Ceiling, ScoreMethods.RatioCap, ScoreMethods.ValueOnly];

    /// <summary>The profile and no errors, or the errors (the profile is then null).</summary>
    public static (ScoringProfile? Profile, IReadOnlyList<FieldError> Errors) Validate(JsonElement root, string expectedId)
    {
        if (root.ValueKind != JsonValueKind.Object) return (null, [new("", "A scoring profile must be a JSON object.")]);
        var shape = JsonShapeChecker.Check(root, typeof(ScoringProfile));
        if (shape.Count > 0) return (null, shape);
        ScoringProfile profile;
        try
        {
            profile = JsonSerializer.Deserialize<ScoringProfile>(root, ScoringProfile.JsonOptions)!;
        }
        catch (JsonException ex)
        {
            return (null, [new(ex.Path is { Length: > 1 } path ? JsonPointer.FromJsonPath(path) : "", "Does not match the profile schema.")]);
        }
        var errors = Check(profile, expectedId).ToList();
        return errors.Count == 0 ? (profile, []) : (null, errors);
    }

    private static IEnumerable<FieldError> Check(ScoringProfile profile, string expectedId)
    {
        if (profile.Id != expectedId) yield return new("/id", $"The id must be the one in the URL ({expectedId}).");
        if (profile.Id.Length > MaxIdLength || !IdPattern().IsMatch(profile.Id))
            yield return new("/id", $"An id is 1-{MaxIdLength} lower-case letters, digits and hyphens, starting with a letter or digit.");
        if (string.IsNullOrWhiteSpace(profile.Version) || profile.Version.Length > 32) yield return new("/version", "A version is 1-32 characters.");
        if (string.IsNullOrWhiteSpace(profile.Title)) yield return new("/title", "A title is required.");
        else if (TextPolicy.Problem(profile.Title, TextKind.Line) is { } titleProblem) yield return new("/title", titleProblem);
        if (profile.Source is { } source && TextPolicy.Problem(source, TextKind.Line) is { } sourceProblem) yield return new("/source", sourceProblem);
        for (var i = 0; i < profile.Notes.Count; i++)
            if (TextPolicy.Problem(profile.Notes[i], TextKind.Lines) is { } noteProblem) yield return new($"/notes/{i}", noteProblem);
        if (profile.Kind is not (ProfileKinds.SelfEvaluationTable or ProfileKinds.CommonIndicators))
            yield return new("/kind", $"kind must be {ProfileKinds.SelfEvaluationTable} or {ProfileKinds.CommonIndicators}.");
        if (profile.DefaultHeadline) yield return new("/defaultHeadline", "Only a built-in profile is the default headline; a region names its own instead.");

        if (profile.Grades.Count == 0) yield return new("/grades", "At least one grade band is required.");
        for (var i = 0; i < profile.Grades.Count; i++)
        {
            var band = profile.Grades[i];
            if (string.IsNullOrWhiteSpace(band.Grade)) yield return new($"/grades/{i}/grade", "A grade is required.");
            if (band.Min is < 0 or > 100) yield return new($"/grades/{i}/min", "min is between 0 and 100.");
            if (i > 0 && band.Min >= profile.Grades[i - 1].Min) yield return new($"/grades/{i}/min", "Bands are listed from the highest min down.");
        }
        for (var i = 0; i < profile.Level1Weights.Count; i++)
            if (profile.Level1Weights[i].Weight is < 0 or > 100) yield return new($"/level1Weights/{i}/weight", "A weight is between 0 and 100.");
        if (profile.BudgetExecutionWeight is < 0 or > 100) yield return new("/budgetExecutionWeight", "A weight is between 0 and 100.");
        for (var i = 0; i < profile.QualitativeBands.Count; i++)
        {
            var band = profile.QualitativeBands[i];
            if (band.Min is < 0 or > 1 || band.Max is < 0 or > 1 || band.Min > band.Max)
                yield return new($"/qualitativeBands/{i}", "min and max are fractions of the weight, 0 ≤ min ≤ max ≤ 1.");
        }

        if (profile.Kind == ProfileKinds.CommonIndicators && profile.Indicators.Count == 0)
            yield return new("/indicators", "A commonIndicators profile lists at least one indicator.");
        for (var i = 0; i < profile.Indicators.Count; i++)
        {
            var rule = profile.Indicators[i];
            if (CommonIndicatorFormulas.Find(rule.Formula) is null)
                yield return new($"/indicators/{i}/formula", $"Unknown formula; known: {string.Join(", ", CommonIndicatorFormulas.All.Select(f => f.Id))}.");
            if (!IndicatorMethods.Contains(rule.Scoring))
                yield return new($"/indicators/{i}/scoring", $"scoring must be one of {string.Join(", ", IndicatorMethods.Order(StringComparer.Ordinal))}.");
            if (rule.Weight is < 0 or > 100) yield return new($"/indicators/{i}/weight", "A weight is between 0 and 100.");
        }

        var applies = profile.Applicability;
        for (var i = 0; i < applies.Regions.Count; i++)
            if (!RegionCodePattern().IsMatch(applies.Regions[i])) yield return new($"/applicability/regions/{i}", "A region is a 6-digit GB/T 2260 code.");
        if (applies.FromYear is < 1990 or > 2100) yield return new("/applicability/fromYear", "fromYear is between 1990 and 2100.");
        if (applies.ToYear is < 1990 or > 2100) yield return new("/applicability/toYear", "toYear is between 1990 and 2100.");
        if (applies is { FromYear: { } from, ToYear: { } to } && from > to) yield return new("/applicability/toYear", "toYear is not before fromYear.");
        for (var i = 0; i < applies.Sectors.Count; i++)
            if (string.IsNullOrWhiteSpace(applies.Sectors[i])) yield return new($"/applicability/sectors/{i}", "A sector is not blank.");
        for (var i = 0; i < applies.ReportKinds.Count; i++)
            if (!ReportKinds.All.Contains(applies.ReportKinds[i], StringComparer.Ordinal))
                yield return new($"/applicability/reportKinds/{i}", $"reportKinds are among {string.Join(", ", ReportKinds.All)}.");
    }
}
