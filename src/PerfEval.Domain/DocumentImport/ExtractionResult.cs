using System.Text.Json.Nodes;

namespace PerfEval.Domain.DocumentImport;

/// <summary>
/// A draft read from a report file: the document (schema 1.1, not yet checked), where each filled pointer came from,
/// the figures no pointer took and the warnings a person should read before saving it.
/// </summary>
public sealed record ExtractionResult(
    JsonObject Draft,
    IReadOnlyList<Provenance> Provenance,
    IReadOnlyList<UnreadNumber> Unread,
    IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// The source of one filled JSON pointer: paragraph (and page), character offsets of the number and its unit in the
/// paragraph, the sentence quoted, and the number and unit exactly as written. <see cref="Rule"/> names the catalogue
/// entry that placed it. <see cref="Restated"/> marks a later statement of a figure already filled with the same value.
/// </summary>
public sealed record Provenance(
    string Pointer,
    int Paragraph,
    int? Page,
    int Start,
    int End,
    string Sentence,
    string Number,
    string? Unit,
    string Rule,
    bool Restated = false);

/// <summary>A number in the text that fills no pointer, with its sentence, so a person sees what was left.</summary>
public sealed record UnreadNumber(int Paragraph, int? Page, int Start, int End, string Sentence, string Number, string? Unit, string Reason);

/// <summary>Something the reader noticed that a person must judge (a unit slip, a figure stated twice with two values).</summary>
public sealed record ImportWarning(string Code, string Message, string? Pointer, int? Paragraph);
