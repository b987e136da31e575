using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>HEAD on every GET route of the OpenAPI document answers what GET answers (Kestrel drops the body: see KestrelFramingTests).</summary>
[Trait("Provider", "each")]
public sealed class HeadTests(TestApp app) : IClassFixture<TestApp>
{
    public static TheoryData<string> GetRoutes() => new(RouteCases.OpenApiRoutes().Where(r => r.Methods.Contains("GET")).Select(r => r.Template));

    [Theory]
    [MemberData(nameof(GetRoutes))]
    public async Task HEAD_answers_the_status_and_headers_of_GET(string template)
    {
        var world = await HostileWorld.For(app);
        var url = RouteCases.Fill(template, world);
        using var client = app.Client();

        // Background workers may still be deriving the world's results: an ETag that moved between the two requests
        // says the data changed, not that HEAD differs, so the pair is asked again until the data holds still.
        for (var attempt = 1; ; attempt++)
        {
            using var get = await client.GetAsync(url);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.Equal(get.StatusCode, head.StatusCode);
            if (Equals(get.Headers.ETag, head.Headers.ETag) || attempt == 20)
            {
                Assert.Equal(get.Headers.ETag, head.Headers.ETag);
                return;
            }
            await Task.Delay(250);
        }
    }
}
