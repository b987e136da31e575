using Microsoft.AspNetCore.Mvc;

namespace PerfEval.Api.Auth;

/// <summary>401 and 403 answers as problem+json, whichever scheme refused the caller.</summary>
public static class AuthProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, string? challenge = null)
    {
        context.Response.StatusCode = status;
        if (challenge is not null) context.Response.Headers.WWWAuthenticate = challenge;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
