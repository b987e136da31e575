using System.Text.Json;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Validation;

namespace PerfEval.Domain.Monitoring;

public sealed record MonitoringParse(MonitoringDocument? Document, IReadOnlyList<FieldError> Errors);

/// <summary>Turns a well-formed JSON text into a <see cref="MonitoringDocument"/>, or into every field error it has.</summary>
public static class MonitoringParser
{
    public const int MaxIndicators = 500;
    public const int MaxTextLength = 2_000;

    public static MonitoringParse Parse(JsonElement root)
    {
        var shape = JsonShapeChecker.Check(root, typeof(MonitoringDocument));
        if (shape.Count > 0) return new(null, shape);
        MonitoringDocument? document;
        try
        {
            document = root.Deserialize<MonitoringDocument>(ReportJson.Options);
        }
        catch (JsonException ex)
        {
            var cut = ex.Message.IndexOf(" Path:", StringComparison.Ordinal);
            return new(null, [new(JsonPointer.FromJsonPath(ex.Path), cut > 0 ? ex.Message[..cut] : ex.Message)]);
        }
        if (document is null) return new(null, [new("", "The document must be a JSON object.")]);
        var errors = new List<FieldError>();
        if (document.SchemaVersion != MonitoringDocument.CurrentSchemaVersion)
            errors.Add(new("/schemaVersion", $"Unsupported schema version '{document.SchemaVersion}'; expected {MonitoringDocument.CurrentSchemaVersion}."));
        Money(document.FullYearBudget, "/fullYearBudget", errors);
        Money(document.Executed, "/executed", errors);
        if (document.Indicators is { Count: > MaxIndicators }) errors.Add(new("/indicators", $"At most {MaxIndicators} indicators."));
        foreach (var (indicator, i) in (document.Indicators ?? []).Select((x, i) => (x, i)))
        {
            var p = $"/indicators/{i}";
            if (string.IsNullOrWhiteSpace(indicator.Level3)) errors.Add(new(p + "/level3", "Must not be empty."));
            Text(indicator.Level3, p + "/level3", TextKind.Line, errors);
            Text(indicator.Progress?.Text, p + "/progress/text", TextKind.Line, errors);
            Text(indicator.DeviationReason, p + "/deviationReason", TextKind.Lines, errors);
            Text(indicator.CorrectiveAction, p + "/correctiveAction", TextKind.Lines, errors);
        }
        return new(errors.Count == 0 ? document : null, errors);
    }

    private static void Money(Money money, string pointer, List<FieldError> errors)
    {
        if (money.Value is not { } value) errors.Add(new(pointer + "/value", "The amount is required."));
        else if (value < 0 || value >= 1_000_000_000_000_000m) errors.Add(new(pointer + "/value", "The amount must be between 0 and 10^15."));
        if (MoneyUnits.ToTenThousandYuan(1m, money.Unit) is null) errors.Add(new(pointer + "/unit", "Unit must be 元, 万元 or 亿元."));
    }

    private static void Text(string? text, string pointer, TextKind kind, List<FieldError> errors)
    {
        if (text is null) return;
        if (text.Length > MaxTextLength) errors.Add(new(pointer, $"At most {MaxTextLength} characters."));
        else if (TextPolicy.Problem(text, kind) is { } problem) errors.Add(new(pointer, problem));
    }
}
