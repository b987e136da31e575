using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>
/// A test identity provider: an RSA and an EC key generated per test run, given to every test host as inline keys
/// (the RSA one as PEM, the EC one as a JWK), and tokens minted with them.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://idp.test/realms/province";
    public const string Audience = "perfeval-api";
    public const string RsaKeyId = "test-rsa";
    public const string EcKeyId = "test-ec";

    public static readonly RsaSecurityKey Rsa = new(RSA.Create(2048)) { KeyId = RsaKeyId };
    public static readonly ECDsaSecurityKey Ec = new(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = EcKeyId };

    /// <summary>The PerfEval:Jwt settings that trust the two keys.</summary>
    public static IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["PerfEval:Jwt:Issuer"] = Issuer,
        ["PerfEval:Jwt:Audience"] = Audience,
        ["PerfEval:Jwt:SigningKeys:0:KeyId"] = RsaKeyId,
        ["PerfEval:Jwt:SigningKeys:0:Pem"] = Rsa.Rsa.ExportSubjectPublicKeyInfoPem(),
        ["PerfEval:Jwt:SigningKeys:1:Jwk"] = PublicJwk(Ec),
    };

    private static string PublicJwk(ECDsaSecurityKey key)
    {
        var parameters = key.ECDsa.ExportParameters(false);
        return $$"""{"kty":"EC","crv":"P-256","kid":"{{key.KeyId}}","use":"sig","x":"{{Base64UrlEncoder.Encode(parameters.Q.X)}}","y":"{{Base64UrlEncoder.Encode(parameters.Q.Y)}}"}""";
    }

    /// <summary>A token for a role and scope (region code or agency id), valid now for ten minutes unless told otherwise.</summary>
    public static string Mint(string role, string? scope, SecurityKey? key = null, string issuer = Issuer, string audience = Audience,
        DateTime? notBefore = null, DateTime? expires = null, string? subject = null)
    {
        key ??= Rsa;
        var claims = new Dictionary<string, object> { ["perfeval_role"] = role };
        if (role == "region" && scope is not null) claims["perfeval_region"] = scope;
        if (role == "agency" && scope is not null) claims["perfeval_agency"] = scope;
        var now = DateTime.UtcNow;
        var from = notBefore ?? now.AddMinutes(-1);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject ?? $"{role}-{scope}-platform"), new Claim("name", "省平台")]),
            Claims = claims,
            IssuedAt = from,
            NotBefore = from,
            Expires = expires ?? now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, key is ECDsaSecurityKey ? SecurityAlgorithms.EcdsaSha256 : SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The same claims with {"alg":"none"} and no signature.</summary>
    public static string Unsigned(string role, string? scope)
    {
        var payload = Mint(role, scope).Split('.')[1];
        return Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + payload + ".";
    }

    /// <summary>A valid token whose payload is replaced (here: role raised to admin) while the signature is kept.</summary>
    public static string WithPayload(string token, Func<string, string> change)
    {
        var parts = token.Split('.');
        parts[1] = Base64UrlEncoder.Encode(change(Base64UrlEncoder.Decode(parts[1])));
        return string.Join('.', parts);
    }

    /// <summary>A valid token with one bit of its signature flipped.</summary>
    public static string WithFlippedSignatureBit(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[signature.Length / 2] ^= 0x01;
        parts[2] = Base64UrlEncoder.Encode(signature);
        return string.Join('.', parts);
    }

    public static HttpClient BearerClient(this IPerfEvalApp app, string token)
    {
        var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
