using System.Security.Claims;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Api.Auth.Jwt;

/// <summary>
/// Maps a validated token's claims to the same tenant scope an API key of that role and scope gets: admin is
/// platform-wide, a region token needs an existing region (its path filters every query), an agency token an agency id.
/// </summary>
public sealed class TokenScopeResolver(IOptions<JwtOptions> options, IRegionRepository regions)
{
    /// <summary>Subjects longer than this are refused: the caller id is stored with writes (200 characters at most).</summary>
    public const int MaxSubjectLength = 128;

    private const int MaxNameLength = 100;

    public async Task<(TenantScope? Scope, string? Failure)> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var subject = Single(principal, settings.SubjectClaim);
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > MaxSubjectLength)
            return (null, $"The token needs a \"{settings.SubjectClaim}\" claim of 1 to {MaxSubjectLength} characters.");
        var callerId = "jwt:" + subject;
        var name = Single(principal, settings.NameClaim) is { Length: > 0 and <= MaxNameLength } given ? given : subject;

        var roles = principal.FindAll(settings.RoleClaim).Select(c => Roles.Parse(c.Value)).OfType<CallerRole>().Distinct().ToList();
        if (roles.Count != 1)
            return (null, $"The token needs exactly one \"{settings.RoleClaim}\" claim of admin, region or agency.");

        switch (roles[0])
        {
            case CallerRole.Admin:
                return (TenantScope.Admin(callerId, name), null);
            case CallerRole.Agency:
                return Single(principal, settings.AgencyClaim) is { Length: > 0 } agencyId
                    ? (TenantScope.Agency(agencyId, callerId, name), null)
                    : (null, $"An agency token needs a \"{settings.AgencyClaim}\" claim.");
            default:
                if (Single(principal, settings.RegionClaim) is not { Length: > 0 } regionCode)
                    return (null, $"A region token needs a \"{settings.RegionClaim}\" claim.");
                return await regions.FindAsync(regionCode, cancellationToken) is { } region
                    ? (TenantScope.Region(region.Code, region.Path, callerId, name), null)
                    : (null, "The token's region does not exist.");
        }
    }

    /// <summary>The claim's value when it occurs once; a claim given twice is ambiguous and counts as absent.</summary>
    private static string? Single(ClaimsPrincipal principal, string type)
    {
        var values = principal.FindAll(type).Select(c => c.Value.Trim()).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return values.Count == 1 ? values[0] : null;
    }
}
