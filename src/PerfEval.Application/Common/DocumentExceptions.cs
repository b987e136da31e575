namespace PerfEval.Application.Common;

/// <summary>The body is not the declared kind of file, or is damaged (not a zip, not a PDF, not UTF-8 text): 400.</summary>
public sealed class UnreadableDocumentException(string detail) : AppException("Unreadable document", detail)
{
    public override int StatusCode => 400;
}

/// <summary>
/// A readable file the import refuses: encrypted, macro-enabled, a scanned PDF with no text layer, a garbled text layer,
/// or over a limit of pages, paragraphs or characters: 422 with a detail that says which.
/// </summary>
public sealed class RefusedDocumentException(string detail) : AppException("Document cannot be imported", detail)
{
    public override int StatusCode => 422;
}
