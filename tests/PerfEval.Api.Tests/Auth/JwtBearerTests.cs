using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Tenancy;

namespace PerfEval.Api.Tests.Auth;

/// <summary>
/// Bearer tokens from the platform's identity provider (minted here with locally generated RSA and EC keys) get exactly
/// the access of the API key with the same role and scope, and every token that is not valid gets 401 problem+json.
/// </summary>
[Trait("Provider", "each")]
public sealed class JwtBearerTests(TestApp app) : IClassFixture<TestApp>
{
    public static TheoryData<string, string> Callers() => new()
    {
        { "admin", "RSA" }, { "admin", "EC" },
        { "region", "RSA" }, { "region", "EC" },
        { "agency", "RSA" }, { "agency", "EC" },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task A_token_gets_exactly_the_access_of_the_equivalent_api_key(string role, string algorithm)
    {
        var admin = app.Client();
        var own = await MatrixTarget.CreateAsync(admin, own: true);
        var other = await MatrixTarget.CreateAsync(admin, own: false);
        var scope = role switch { "region" => own.Province, "agency" => own.AgencyId, _ => null };
        var key = role == "admin" ? TestKeys.Admin : (await admin.CreateKeyAsync(role, scope)).Key;
        var token = TestTokens.Mint(role, scope, algorithm == "EC" ? TestTokens.Ec : TestTokens.Rsa);

        var byKey = app.Client(key);
        var byToken = app.BearerClient(token);
        string[] reads =
        [
            $"/api/v1/agencies/{own.AgencyId}/reports/{MatrixTarget.Year}",
            $"/api/v1/agencies/{other.AgencyId}/reports/{MatrixTarget.Year}",
            $"/api/v1/agencies/{other.AgencyId}",
            "/api/v1/admin/rescore/no-such-run",
        ];
        foreach (var url in reads)
        {
            var (keyStatus, _) = await GetAsync(byKey, url);
            var (tokenStatus, tokenBody) = await GetAsync(byToken, url);
            Assert.True(keyStatus == tokenStatus, $"{role} {algorithm}: GET {url} → key {keyStatus}, token {tokenStatus}: {tokenBody}");
        }
        Assert.Equal(HttpStatusCode.OK, (await byToken.GetAsync(reads[0])).StatusCode);
        if (role != "admin") Assert.Equal(HttpStatusCode.NotFound, (await byToken.GetAsync(reads[1])).StatusCode);

        var keyCaller = JsonNode.Parse(await byKey.GetStringAsync("/api/v1/me"))!;
        var tokenCaller = JsonNode.Parse(await byToken.GetStringAsync("/api/v1/me"))!;
        foreach (var field in new[] { "role", "agencyId", "homeRegionCode" })
            Assert.Equal(keyCaller[field]?.ToJsonString(), tokenCaller[field]?.ToJsonString());

        // A write: agencies (and admin) save their own report; region callers may not.
        var keyWrite = await byKey.PutReportAsync(own.AgencyId, MatrixTarget.Year, own.ReportBody());
        var tokenWrite = await byToken.PutReportAsync(own.AgencyId, MatrixTarget.Year, own.ReportBody());
        Assert.Equal(role == "region" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, keyWrite.StatusCode);
        Assert.Equal(keyWrite.StatusCode, tokenWrite.StatusCode);
        var keyOtherWrite = await byKey.PutReportAsync(other.AgencyId, MatrixTarget.Year, other.ReportBody());
        var tokenOtherWrite = await byToken.PutReportAsync(other.AgencyId, MatrixTarget.Year, other.ReportBody());
        Assert.Equal(keyOtherWrite.StatusCode, tokenOtherWrite.StatusCode);
    }

    public static TheoryData<string> BadTokens() =>
        ["expired", "not yet valid", "wrong audience", "wrong issuer", "unknown kid", "known kid, other key", "alg none",
            "tampered payload", "tampered signature", "no role", "unknown role", "region that does not exist", "agency without agency claim",
            "not a JWT"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task An_invalid_token_gets_401_problem_json(string kind)
    {
        var now = DateTime.UtcNow;
        var stranger = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "unknown" };
        var impostor = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = TestTokens.EcKeyId };
        var token = kind switch
        {
            "expired" => TestTokens.Mint("admin", null, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            "not yet valid" => TestTokens.Mint("admin", null, notBefore: now.AddMinutes(10), expires: now.AddMinutes(30)),
            "wrong audience" => TestTokens.Mint("admin", null, audience: "another-service"),
            "wrong issuer" => TestTokens.Mint("admin", null, issuer: "https://idp.test/realms/elsewhere"),
            "unknown kid" => TestTokens.Mint("admin", null, stranger),
            "known kid, other key" => TestTokens.Mint("admin", null, impostor),
            "alg none" => TestTokens.Unsigned("admin", null),
            "tampered payload" => TestTokens.WithPayload(TestTokens.Mint("agency", "some-agency"),
                payload => payload.Replace("\"agency\"", "\"admin\"", StringComparison.Ordinal)),
            "tampered signature" => TestTokens.WithFlippedSignatureBit(TestTokens.Mint("admin", null, TestTokens.Ec)),
            "no role" => TestTokens.Mint("", null),
            "unknown role" => TestTokens.Mint("superuser", null),
            "region that does not exist" => TestTokens.Mint("region", "999999"),
            "agency without agency claim" => TestTokens.Mint("agency", null),
            _ => "not-a-jwt",
        };

        var response = await app.BearerClient(token).GetAsync("/api/v1/me");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_a_token_lacks_gets_403_problem_json_like_the_key()
    {
        var newKey = new { name = "by-region", role = "agency", scope = "any-agency" };
        var response = await app.BearerClient(TestTokens.Mint("region", "430000")).PostAsJsonAsync("/api/v1/api-keys", newKey);
        var keyResponse = await app.Client((await app.Client().CreateKeyAsync("region", "430000")).Key).PostAsJsonAsync("/api/v1/api-keys", newKey);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(keyResponse.StatusCode, response.StatusCode);
    }

    private static async Task<(int Status, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
