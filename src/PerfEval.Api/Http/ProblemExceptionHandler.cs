using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Api.Http;

/// <summary>Maps every failure to RFC 9457 problem+json. Field errors go in "errors": [{ pointer, detail }].</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>A hostile body can hold a hundred thousand bad members; the answer lists the first ones and the count.</summary>
    public const int MaxListedErrors = 100;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, errors, extensions) = exception switch
        {
            HttpProblemException p => (p.StatusCode, p.Title, p.Message, p.Errors, null),
            RequestValidationException v => (v.StatusCode, v.Title, v.Message, v.Errors, v.Extensions),
            AppException a => (a.StatusCode, a.Title, a.Message, (IReadOnlyList<FieldError>?)null, a.Extensions),
            BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message, null, null),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Client closed request", "The request was cancelled.", null, null),
            _ => (500, "Internal server error", "An unexpected error occurred; it has been logged.", null, null),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);

        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors.Take(MaxListedErrors).Select(e => new { pointer = e.Pointer, detail = e.Message }).ToList();
            if (errors.Count > MaxListedErrors) problem.Extensions["errorCount"] = errors.Count;
        }
        if (extensions is not null)
            foreach (var (key, value) in extensions) problem.Extensions[key] = value;

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
