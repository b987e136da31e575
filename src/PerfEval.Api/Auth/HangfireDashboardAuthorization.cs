using Microsoft.AspNetCore.Authentication;
using Hangfire.Dashboard;

namespace PerfEval.Api.Auth;

/// <summary>The Hangfire dashboard shows job arguments and controls: admin callers only (X-Api-Key header or bearer token).</summary>
public sealed class HangfireDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(AuthExtensions.CallerScheme);
        return result.Succeeded && result.Principal.IsInRole("admin");
    }
}
