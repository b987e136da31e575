using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace PerfEval.Api.Http;

public sealed class PublicRateLimitOptions
{
    public const string Section = "PerfEval:Public";

    /// <summary>Requests per client address per minute on the public (keyless) API.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}

/// <summary>
/// ASP.NET Core's rate limiter: every request passes a per-key token bucket (<see cref="RateLimitOptions"/>, partitioned
/// after authentication; requests without a valid key by address), and the public API also its per-address window.
/// Refusals are 429 problem+json with Retry-After.
/// </summary>
public static class RateLimiting
{
    public const string PublicPolicy = "public";

    public static IServiceCollection AddPerfEvalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perKey = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var @public = configuration.GetSection(PublicRateLimitOptions.Section).Get<PublicRateLimitOptions>() ?? new PublicRateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !perKey.Enabled || context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = perKey.BurstLimit,
                        TokensPerPeriod = perKey.RequestsPerPeriod,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(perKey.ReplenishSeconds),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.AddPolicy(PublicPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = @public.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = WriteTooManyRequestsAsync;
        });
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } keyId
            ? "key:" + keyId
            : "address:" + context.Connection.RemoteIpAddress;

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"More requests than PerfEval:RateLimit (per API key) or PerfEval:Public (per address, public API) allow; retry after {seconds} s.",
            },
        });
    }
}
