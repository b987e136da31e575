using System.Net;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.RateLimits;

/// <summary>A host whose keys may send 5 requests and then 1 a minute, so the limit is reached at once.</summary>
public sealed class RateLimitedApp : PerfEvalApp<SqliteTestDatabase>
{
    public const int Burst = 5;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PerfEval:RateLimit:Enabled"] = "true",
        ["PerfEval:RateLimit:BurstLimit"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PerfEval:RateLimit:RequestsPerPeriod"] = "1",
        ["PerfEval:RateLimit:ReplenishSeconds"] = "60",
    };
}

/// <summary>Each key has its own bucket; beyond it the answer is 429 problem+json with Retry-After, and health checks are never limited.</summary>
public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_Retry_After_while_other_keys_continue()
    {
        var admin = app.Client();
        var agency = "rl-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        var (_, key) = await admin.CreateKeyAsync("agency", agency);
        var client = app.Client(key);

        for (var i = 0; i < RateLimitedApp.Burst; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/agencies/{agency}")).StatusCode);
        var refused = await client.GetAsync($"/api/v1/agencies/{agency}");

        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("PerfEval:RateLimit", problem["detail"]!.GetValue<string>());
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/agencies/{agency}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_valid_key_share_one_limited_bucket()
    {
        var anonymous = app.Client(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitedApp.Burst; i++) statuses.Add((await anonymous.GetAsync("/api/v1/reports")).StatusCode);

        Assert.All(statuses.Take(RateLimitedApp.Burst), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
