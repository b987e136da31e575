namespace PerfEval.Domain.Validation;

/// <summary>One field-level problem: an RFC 6901 JSON pointer into the request body and a message.</summary>
public sealed record FieldError(string Pointer, string Message);
