using Xunit.Abstractions;

namespace PerfEval.Api.Tests.Browser;

/// <summary>
/// The /app views that write or read beyond the demo reports (report file upload, monitoring), on a demo service of
/// their own so the region view tests keep seeing exactly the five demo reports.
/// </summary>
[Trait("Provider", "each")]
public sealed partial class AppViewsTests(ProviderDemoService service, Chromium chromium, ITestOutputHelper output)
    : IClassFixture<ProviderDemoService>, IClassFixture<Chromium>
{
    /// <summary>
    /// Script errors and failed requests, less the 404s the views ask for on purpose: the API answers 404 for what does
    /// not exist yet (no report for the year, no declaration, no thresholds of a region) and the page shows that as "none".
    /// </summary>
    private static List<string> ErrorsBeyondNotFound(AppPageSession session) =>
        session.Errors.Where(e => !e.Contains("the server responded with a status of 404", StringComparison.Ordinal)).ToList();

    private async Task SaveScreenshotAsync(AppPageSession session, string name)
    {
        var path = await session.ScreenshotAsync($"app-{name}-{service.Provider}");
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is suspiciously small");
        output.WriteLine($"screenshot: {path}");
    }
}
