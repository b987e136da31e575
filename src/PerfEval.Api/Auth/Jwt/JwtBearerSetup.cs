using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PerfEval.Application.Abstractions;

namespace PerfEval.Api.Auth.Jwt;

/// <summary>
/// The bearer scheme: tokens are checked against the configured issuer, audience and keys (asymmetric algorithms
/// only, "kid" required), then their claims become the same principal and tenant scope an API key produces.
/// </summary>
public static class JwtBearerSetup
{
    public const string SchemeName = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>RSA and EC signatures; "none" and shared-secret HMAC are never accepted.</summary>
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static void AddJwtBearer(this AuthenticationBuilder authentication, JwtOptions settings)
    {
        var problems = settings.Problems().ToList();
        if (problems.Count > 0) throw new InvalidOperationException($"{JwtOptions.Section} is incomplete: {string.Join(" ", problems)}");
        var inlineKeys = InlineSigningKeys.Load(settings.SigningKeys);
        authentication.Services.AddScoped<TokenScopeResolver>();

        authentication.AddJwtBearer(SchemeName, options =>
        {
            options.MapInboundClaims = false;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            if (!string.IsNullOrWhiteSpace(settings.Authority)) options.Authority = settings.Authority;
            if (!string.IsNullOrWhiteSpace(settings.JwksUrl))
                options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(settings.JwksUrl, new JwksRetriever(),
                    new HttpDocumentRetriever { RequireHttps = settings.RequireHttpsMetadata });
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKeys = inlineKeys,
                ValidAlgorithms = Algorithms,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ValidateLifetime = true,
                // A token must name its key: one signed by a key PerfEval was not given is refused even if another
                // configured key would happen to verify it.
                TryAllIssuerSigningKeys = false,
                ClockSkew = TimeSpan.FromSeconds(settings.ClockSkewSeconds),
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = MapToCallerAsync,
                OnChallenge = context =>
                {
                    context.HandleResponse();
                    return AuthProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized", Explain(context.AuthenticateFailure),
                        "Bearer error=\"invalid_token\"");
                },
                OnForbidden = context => AuthProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden", "This token's role may not do this."),
            };
        });
    }

    /// <summary>Replaces the token's claims by the API key's shape (id, role, scope) and sets the request's tenant scope.</summary>
    private static async Task MapToCallerAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var (scope, failure) = await services.GetRequiredService<TokenScopeResolver>().ResolveAsync(context.Principal!, context.HttpContext.RequestAborted);
        if (scope is null)
        {
            context.Fail(new TokenScopeException(failure!));
            return;
        }
        services.GetRequiredService<ICallerAccessor>().Current = scope;
        var role = scope.Role.ToString().ToLowerInvariant();
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, scope.KeyId!), new Claim(ClaimTypes.Role, role), new Claim("scope", scope.RegionCode ?? scope.AgencyId ?? "")],
            SchemeName);
        context.Principal = new ClaimsPrincipal(identity);
    }

    /// <summary>Says what was wrong in terms a platform's integrator can act on, without echoing the token.</summary>
    private static string Explain(Exception? failure) => failure switch
    {
        null => "Send a valid bearer token in the Authorization header.",
        TokenScopeException scope => scope.Message,
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token is not meant for this service (audience).",
        SecurityTokenInvalidIssuerException => "The token comes from an issuer this service does not trust.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not accepted.",
        SecurityTokenSignatureKeyNotFoundException => "The token's signing key is unknown.",
        SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        _ => "The bearer token is not valid.",
    };

    /// <summary>A well-signed token whose claims do not make a PerfEval caller.</summary>
    private sealed class TokenScopeException(string message) : Exception(message);
}
