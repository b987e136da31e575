namespace PerfEval.Api.Auth.Jwt;

/// <summary>
/// Bearer tokens signed by a platform's identity provider (PerfEval:Jwt). Off unless configured; when any setting is
/// present, Issuer, Audience and at least one source of signing keys are required.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "PerfEval:Jwt";

    /// <summary>The exact "iss" a token must carry.</summary>
    public string? Issuer { get; set; }

    /// <summary>An "aud" a token must carry (the identifier the identity provider gives PerfEval).</summary>
    public string? Audience { get; set; }

    /// <summary>OpenID Connect authority: its discovery document (/.well-known/openid-configuration) names the keys.</summary>
    public string? Authority { get; set; }

    /// <summary>A JSON Web Key Set document, for providers without discovery. Exclusive with <see cref="Authority"/>.</summary>
    public string? JwksUrl { get; set; }

    /// <summary>Metadata and key sets are fetched over HTTPS only, unless this is turned off (local development).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Public keys given inline: RSA or EC, as PEM (public key or certificate) or as a JWK.</summary>
    public List<JwtSigningKeyOptions> SigningKeys { get; set; } = [];

    /// <summary>Claim naming the PerfEval role: admin, region or agency.</summary>
    public string RoleClaim { get; set; } = "perfeval_role";

    /// <summary>Claim with the region code (GB/T 2260) a region token may see.</summary>
    public string RegionClaim { get; set; } = "perfeval_region";

    /// <summary>Claim with the agency id an agency token acts for.</summary>
    public string AgencyClaim { get; set; } = "perfeval_agency";

    /// <summary>Claim identifying the caller; recorded with writes as "jwt:{value}" and owning its webhooks.</summary>
    public string SubjectClaim { get; set; } = "sub";

    /// <summary>Claim with a display name, recorded with workflow transitions (the subject when absent).</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>Tolerance for clock differences when checking "exp" and "nbf".</summary>
    public int ClockSkewSeconds { get; set; } = 60;

    public bool Enabled =>
        !string.IsNullOrWhiteSpace(Issuer) || !string.IsNullOrWhiteSpace(Audience) || !string.IsNullOrWhiteSpace(Authority)
        || !string.IsNullOrWhiteSpace(JwksUrl) || SigningKeys.Count > 0;

    /// <summary>What is wrong with the settings, so that a half-configured deployment fails at start, not per request.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Issuer)) yield return "Issuer is required.";
        if (string.IsNullOrWhiteSpace(Audience)) yield return "Audience is required.";
        if (!string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(JwksUrl)) yield return "Give Authority or JwksUrl, not both.";
        if (string.IsNullOrWhiteSpace(Authority) && string.IsNullOrWhiteSpace(JwksUrl) && SigningKeys.Count == 0)
            yield return "Signing keys are required: Authority, JwksUrl or SigningKeys.";
        foreach (var claim in new[] { RoleClaim, RegionClaim, AgencyClaim, SubjectClaim, NameClaim })
            if (string.IsNullOrWhiteSpace(claim)) yield return "Claim names must not be empty.";
        if (ClockSkewSeconds is < 0 or > 600) yield return "ClockSkewSeconds must be between 0 and 600.";
    }
}

/// <summary>One inline public key: a PEM block with its key id, or a JWK (whose "kid" is used unless KeyId is set).</summary>
public sealed class JwtSigningKeyOptions
{
    /// <summary>The "kid" tokens signed with this key carry; required for PEM keys.</summary>
    public string? KeyId { get; set; }

    /// <summary>"-----BEGIN PUBLIC KEY-----" (RSA or EC) or "-----BEGIN CERTIFICATE-----".</summary>
    public string? Pem { get; set; }

    /// <summary>A JSON Web Key as JSON text (kty RSA or EC).</summary>
    public string? Jwk { get; set; }
}
