using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Api.Auth;

/// <summary>
/// Resolves the X-Api-Key header to a tenant scope: the key's hash is looked up, revoked keys are refused, and a
/// region key's region path is loaded so that every query can filter by it.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyRepository keys,
    IRegionRepository regions,
    IApiKeySecrets secrets,
    ICallerAccessor caller,
    ApiKeyScopeCache cache,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return AuthenticateResult.NoResult();

        var presented = values.ToString().Trim();
        if (presented.Length > 512) return AuthenticateResult.Fail("Unknown API key.");
        var hash = secrets.Hash(presented);
        var resolved = await cache.GetOrResolveAsync(hash, () => ResolveAsync(hash));
        if (resolved is not { } found) return AuthenticateResult.Fail("Unknown or revoked API key, or its scope no longer exists.");
        var (key, scope) = found;
        caller.Current = scope;

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, key.Id), new Claim(ClaimTypes.Role, key.Role), new Claim("scope", key.Scope ?? "")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private async Task<(ApiKeyRecord, TenantScope)?> ResolveAsync(string keyHash)
    {
        var key = await keys.FindActiveByHashAsync(keyHash, Context.RequestAborted);
        if (key is null) return null;
        TenantScope? scope = Roles.Parse(key.Role) switch
        {
            CallerRole.Admin => TenantScope.Admin(key.Id, key.Name),
            CallerRole.Agency when key.Scope is not null => TenantScope.Agency(key.Scope, key.Id, key.Name),
            CallerRole.Region when key.Scope is not null && await regions.FindAsync(key.Scope, Context.RequestAborted) is { } region =>
                TenantScope.Region(region.Code, region.Path, key.Id, key.Name),
            _ => null,
        };
        return scope is null ? null : (key, scope);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status401Unauthorized, "Unauthorized", $"Send a valid API key in the {HeaderName} header.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, "Forbidden", "This API key's role may not do this.");

    private async Task WriteProblem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == 401) Response.Headers.WWWAuthenticate = SchemeName;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
