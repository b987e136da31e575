using System.Text.Json;
using PerfEval.Domain.Validation;

namespace PerfEval.Domain.Reports;

public sealed record ParseOutcome(ReportDocument? Document, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Document is not null && Errors.Count == 0;
}

/// <summary>Turns a well-formed JSON text into a <see cref="ReportDocument"/>, or into every field error it has.</summary>
public static class ReportParser
{
    public static ParseOutcome Parse(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schemaVersion", out var version)
            && version.ValueKind == JsonValueKind.String && version.ValueEquals(SchemaUpgrade.V1_0))
        {
            using var upgraded = JsonDocument.Parse(SchemaUpgrade.From1_0(root));
            return ParseCurrent(upgraded.RootElement, legacy: true);
        }
        return ParseCurrent(root, legacy: false);
    }

    private static ParseOutcome ParseCurrent(JsonElement root, bool legacy)
    {
        var shapeErrors = JsonShapeChecker.Check(root, typeof(ReportDocument));
        if (shapeErrors.Count > 0) return new(null, shapeErrors);

        ReportDocument? document;
        try
        {
            document = root.Deserialize<ReportDocument>(ReportJson.Options);
        }
        catch (JsonException ex)
        {
            return new(null, [new(JsonPointer.FromJsonPath(ex.Path), FirstSentence(ex.Message))]);
        }
        if (document is null) return new(null, [new("", "The document must be a JSON object.")]);

        // A 1.0 document may hold shares whose base it never named; they stay readable, new documents must name it.
        var errors = ReportDocumentValidator.Validate(document, requireShareBase: !legacy);
        return new(errors.Count == 0 ? document : null, errors);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
