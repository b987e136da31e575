using PerfEval.Domain.Validation;

namespace PerfEval.Application.Common;

/// <summary>
/// Marks a string property of a request as free text that the validation behaviour checks against the one text
/// policy (<see cref="TextPolicy"/>) before the request's own checks; the error's pointer is the property's JSON
/// name unless <see cref="Pointer"/> says otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FreeTextAttribute(TextKind kind) : Attribute
{
    public TextKind Kind { get; } = kind;

    public string? Pointer { get; init; }
}
