using PerfEval.Domain.Validation;

namespace PerfEval.Api.Http;

/// <summary>A transport-level rejection (400, 413, 415, 422) raised before a request reaches its use case.</summary>
public sealed class HttpProblemException(int statusCode, string title, string detail, IReadOnlyList<FieldError>? errors = null) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;
    public IReadOnlyList<FieldError>? Errors { get; } = errors;
}
