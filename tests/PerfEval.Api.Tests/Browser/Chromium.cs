using Microsoft.Playwright;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Browser;

/// <summary>
/// Debian's Chromium (apt-get install chromium; .ci/run installs it) driven by Playwright. Never skipped: without the
/// browser the tests fail and say how to install it. PERFEVAL_CHROMIUM points at another binary.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string EnvironmentVariable = "PERFEVAL_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where screenshots go: PERFEVAL_ARTIFACTS, else TestResults/artifacts in the checkout.</summary>
    public static string ArtifactsFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("PERFEVAL_ARTIFACTS") is { Length: > 0 } path
                ? path
                : Path.Combine(RepositoryPaths.Root, "TestResults", "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            Assert.Fail($"Chromium not found at {ExecutablePath}: install it with `apt-get install -y chromium` (or set {EnvironmentVariable}).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
