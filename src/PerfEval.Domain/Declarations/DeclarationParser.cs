using System.Text.Json;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Validation;

namespace PerfEval.Domain.Declarations;

public sealed record DeclarationParse(DeclarationDocument? Document, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Document is not null && Errors.Count == 0;
}

/// <summary>Turns a well-formed JSON text into a <see cref="DeclarationDocument"/>, or into every field error it has.</summary>
public static class DeclarationParser
{
    public const int MaxTargetSets = 200;
    public const int MaxIndicators = 500;
    public const int MaxTextLength = 2_000;
    private static readonly string[] Operators = [">=", "<=", ">", "<", "="];

    public static DeclarationParse Parse(JsonElement root)
    {
        var shape = JsonShapeChecker.Check(root, typeof(DeclarationDocument));
        if (shape.Count > 0) return new(null, shape);
        DeclarationDocument? document;
        try
        {
            document = root.Deserialize<DeclarationDocument>(ReportJson.Options);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            return new(null, [new(JsonPointer.FromJsonPath(ex.Path), cut > 0 ? message[..cut] : message)]);
        }
        if (document is null) return new(null, [new("", "The document must be a JSON object.")]);
        var errors = Validate(document);
        return new(errors.Count == 0 ? document : null, errors);
    }

    public static DeclarationParse Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Parse(document.RootElement);
    }

    public static IReadOnlyList<FieldError> Validate(DeclarationDocument document)
    {
        var errors = new List<FieldError>();
        if (document.SchemaVersion != DeclarationDocument.CurrentSchemaVersion)
            errors.Add(new("/schemaVersion", $"Unsupported schema version '{document.SchemaVersion}'; expected {DeclarationDocument.CurrentSchemaVersion}."));
        if (document.FiscalYear is < ReportDocumentValidator.MinFiscalYear or > ReportDocumentValidator.MaxFiscalYear)
            errors.Add(new("/fiscalYear", $"Fiscal year must be between {ReportDocumentValidator.MinFiscalYear} and {ReportDocumentValidator.MaxFiscalYear}."));
        Text(document.AgencyName, "/agencyName", TextKind.Line, errors);
        if (document.TargetSets.Count is 0 or > MaxTargetSets)
            errors.Add(new("/targetSets", $"Declare 1 to {MaxTargetSets} target sets."));
        var setKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (set, s) in document.TargetSets.Select((set, s) => (set, s)))
        {
            var p = $"/targetSets/{s}";
            if (!TargetSubjects.All.Contains(set.Subject))
                errors.Add(new(p + "/subject", $"Subject must be one of: {string.Join(", ", TargetSubjects.All)}."));
            if (set.Subject == TargetSubjects.Project && string.IsNullOrWhiteSpace(set.ProjectName))
                errors.Add(new(p + "/projectName", "A project target set names its project."));
            Text(set.ProjectName, p + "/projectName", TextKind.Line, errors);
            Text(set.OverallGoal, p + "/overallGoal", TextKind.Lines, errors);
            if (!setKeys.Add(TargetMatching.SetKey(set)))
                errors.Add(new(p, "Another target set has the same subject and project."));
            if (set.Indicators.Count is 0 or > MaxIndicators)
                errors.Add(new(p + "/indicators", $"Declare 1 to {MaxIndicators} indicators."));
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (indicator, i) in set.Indicators.Select((indicator, i) => (indicator, i)))
            {
                var ip = $"{p}/indicators/{i}";
                Required(indicator.Level1, ip + "/level1", errors);
                Required(indicator.Level3, ip + "/level3", errors);
                Text(indicator.Level2, ip + "/level2", TextKind.Line, errors);
                Required(indicator.Target.Text, ip + "/target/text", errors);
                if (indicator.Target.Operator is { } op && !Operators.Contains(op))
                    errors.Add(new(ip + "/target/operator", $"Operator must be one of: {string.Join(" ", Operators)}."));
                Text(indicator.Target.Unit, ip + "/target/unit", TextKind.Line, errors);
                if (indicator.Target.Value is { } value && Math.Abs(value) >= 1_000_000_000_000_000m)
                    errors.Add(new(ip + "/target/value", "The value is out of range."));
                if (indicator.Weight is < 0 or > 100)
                    errors.Add(new(ip + "/weight", "Weight must be between 0 and 100 points."));
                if (!keys.Add(TargetMatching.IndicatorKey(indicator.Level1, indicator.Level2, indicator.Level3)))
                    errors.Add(new(ip, "Another indicator of this set has the same 一级/二级/三级 names."));
            }
        }
        return errors;
    }

    private static void Required(string? text, string pointer, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new(pointer, "Must not be empty."));
        else Text(text, pointer, TextKind.Line, errors);
    }

    private static void Text(string? text, string pointer, TextKind kind, List<FieldError> errors)
    {
        if (text is null) return;
        if (text.Length > MaxTextLength) errors.Add(new(pointer, $"At most {MaxTextLength} characters."));
        else if (TextPolicy.Problem(text, kind) is { } problem) errors.Add(new(pointer, problem));
    }
}
