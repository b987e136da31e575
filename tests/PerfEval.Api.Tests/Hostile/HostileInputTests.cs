using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// Every case of <see cref="HostileCatalog"/> against the real host and database: the precise 4xx, an RFC 9457
/// problem+json body (with the pointer of the field at fault), and the same row counts before and after.
/// </summary>
[Trait("Provider", "each")]
public sealed class HostileInputTests(TestApp app) : IClassFixture<TestApp>
{
    private const int MaxProblemChars = 64 * 1024;

    public static TheoryData<string> Cases() => new(HostileCatalog.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_request_gets_its_precise_4xx_problem_and_writes_nothing(string name)
    {
        var hostile = HostileCatalog.ByName[name];
        var world = await HostileWorld.For(app);
        var before = await RowCounts.ReadAsync(app);

        using var client = app.Client(hostile.Key is null ? TestKeys.Admin : hostile.Key(world));
        using var response = await client.SendAsync(hostile.Build(world));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(hostile.Status == (int)response.StatusCode, $"{name}: expected {hostile.Status}, got {(int)response.StatusCode}: {Shorten(text)}");
        Assert.Equal(before, await RowCounts.ReadAsync(app));
        Assert.True(text.Length <= MaxProblemChars, $"{name}: a {text.Length}-character answer; problems are capped (the first errors and their count)");
        if (response.RequestMessage?.Method == HttpMethod.Head) return;
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(hostile.Status, problem["status"]!.GetValue<int>());
        if (hostile.Pointer is not null)
            Assert.True(problem.ErrorPointers().Contains(hostile.Pointer), $"{name}: no error at {hostile.Pointer}: {Shorten(text)}");
    }

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
