using PerfEval.Domain.Validation;

namespace PerfEval.Application.Common;

/// <summary>Failures a client can cause; the host maps each to an RFC 9457 problem with its status.</summary>
public abstract class AppException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;
    public abstract int StatusCode { get; }
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

public sealed class NotFoundException(string detail) : AppException("Not found", detail)
{
    public override int StatusCode => 404;
}

public sealed class ForbiddenException(string detail) : AppException("Forbidden", detail)
{
    public override int StatusCode => 403;
}

public sealed class ConflictException(string detail) : AppException("Conflict", detail)
{
    public override int StatusCode => 409;
}

public sealed class PreconditionFailedException(string detail) : AppException("Precondition failed", detail)
{
    public override int StatusCode => 412;
}

public sealed class RequestValidationException(IReadOnlyList<FieldError> errors, string detail = "The request has invalid fields.")
    : AppException("Validation failed", detail)
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
    public override int StatusCode => 422;
}

/// <summary>A request header or query value that cannot be understood (400); <see cref="Field"/> names it.</summary>
public sealed class BadRequestException : AppException
{
    public BadRequestException(string title, string detail, string field) : base(title, detail) => Extensions["field"] = field;

    public override int StatusCode => 400;
}
