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

        var errors = ReportDocumentValidator.Validate(document);
        return new(errors.Count == 0 ? document : null, errors);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
