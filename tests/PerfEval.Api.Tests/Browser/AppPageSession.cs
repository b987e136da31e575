using System.Text.Json;
using Microsoft.Playwright;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Browser;

/// <summary>One browser tab on /app: enters a key, waits for the page's own "ready" signal, reads charts and saves screenshots.</summary>
public sealed class AppPageSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>Script errors and failed requests the page reported.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<AppPageSession> OpenAsync(Chromium chromium, IDemoService service, string apiKey = TestKeys.Admin)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1300 }, Locale = "zh-CN" });
        var session = new AppPageSession(context, await context.NewPageAsync());
        session.Page.PageError += (_, error) => session.Errors.Add(error);
        session.Page.Console += (_, message) => { if (message.Type == "error") session.Errors.Add(message.Text); };
        await session.Page.GotoAsync(new Uri(service.BaseAddress, "/app").ToString());
        await session.Page.FillAsync("#key-input", apiKey);
        await session.Page.ClickAsync("#key-form button[type=submit]");
        return session;
    }

    /// <summary>Waits until the page says it has finished (ready or error) and <paramref name="condition"/> holds.</summary>
    public async Task<string> WaitSettledAsync(string condition = "true")
    {
        await Page.WaitForFunctionAsync($"() => window.perfeval && (window.perfeval.state === 'error' || (window.perfeval.state === 'ready' && ({condition})))",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        return await Page.EvaluateAsync<string>("() => window.perfeval.state");
    }

    public async Task<JsonElement> ChartOptionAsync(string elementId) =>
        await Page.EvaluateAsync<JsonElement>(
            "id => JSON.parse(JSON.stringify(echarts.getInstanceByDom(document.getElementById(id)).getOption()))", elementId);

    /// <summary>Width and height of the canvas ECharts drew into (0 when it drew nothing).</summary>
    public async Task<(int Width, int Height)> CanvasSizeAsync(string elementId)
    {
        var size = await Page.EvaluateAsync<int[]>("id => { const c = document.querySelector('#' + id + ' canvas'); return c ? [c.width, c.height] : [0, 0]; }", elementId);
        return (size[0], size[1]);
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(Chromium.ArtifactsFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
