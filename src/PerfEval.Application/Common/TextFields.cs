using PerfEval.Domain.Validation;

namespace PerfEval.Application.Common;

/// <summary>Checks for the short text fields of commands (names, codes): one line of printable Unicode.</summary>
public static class TextFields
{
    /// <summary>The text policy for one line: no control characters at all (NUL included: PostgreSQL cannot store it), no bidi overrides, noncharacters or unpaired surrogates.</summary>
    public static bool IsSingleLine(string text) => TextPolicy.Problem(text, TextKind.Line) is null;

    /// <summary>An error for a required field that is missing, blank, too long (after trimming) or not one printable line.</summary>
    public static FieldError? Required(string? value, string pointer, string label, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? new(pointer, $"{label} is required (at most {maxLength} characters).")
        : Optional(value, pointer, label, maxLength);

    /// <summary>As <see cref="Required"/>, for a field that may be absent.</summary>
    public static FieldError? Optional(string? value, string pointer, string label, int maxLength) =>
        value is null ? null
        : value.Trim().Length > maxLength ? new(pointer, $"{label} is at most {maxLength} characters.")
        : !IsSingleLine(value) ? new(pointer, $"{label} must be one line of printable text (no control characters).")
        : null;
}
