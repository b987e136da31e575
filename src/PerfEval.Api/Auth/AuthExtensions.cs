using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace PerfEval.Api.Auth;

public static class AuthExtensions
{
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyScopeCache>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole("admin"));
        return services;
    }
}
