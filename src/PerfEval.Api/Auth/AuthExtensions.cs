using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using PerfEval.Api.Auth.Jwt;

namespace PerfEval.Api.Auth;

public static class AuthExtensions
{
    public const string AdminPolicy = "admin";

    /// <summary>The default scheme: a bearer token when one is presented (and PerfEval:Jwt is configured), else the API key.</summary>
    public const string CallerScheme = "ApiKeyOrBearer";

    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        services.AddSingleton<ApiKeyScopeCache>();
        var authentication = services.AddAuthentication(CallerScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(CallerScheme, "API key or bearer token", options =>
                options.ForwardDefaultSelector = context => jwt.Enabled && PresentsBearer(context.Request)
                    ? JwtBearerSetup.SchemeName
                    : ApiKeyAuthenticationHandler.SchemeName);
        if (jwt.Enabled) authentication.AddJwtBearer(jwt);
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(CallerScheme).RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.AddAuthenticationSchemes(CallerScheme).RequireRole("admin"));
        return services;
    }

    /// <summary>"Authorization: Bearer …" selects the token scheme even when an X-Api-Key header is also sent.</summary>
    private static bool PresentsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
