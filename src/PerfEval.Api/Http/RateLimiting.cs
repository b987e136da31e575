using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PerfEval.Api.Http;

public sealed class PublicRateLimitOptions
{
    public const string Section = "PerfEval:Public";

    /// <summary>Requests per client address per minute on the public (keyless) API.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}

/// <summary>Rate limits, answered with 429 problem+json and Retry-After.</summary>
public static class RateLimiting
{
    public const string PublicPolicy = "public";

    public static IServiceCollection AddPerfEvalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PublicRateLimitOptions.Section).Get<PublicRateLimitOptions>() ?? new PublicRateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PublicPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = $"Retry after {(int)Math.Ceiling(retryAfter.TotalSeconds)} s." },
                });
            };
        });
    }
}
