using System.Net.Http.Headers;

namespace PerfEval.Benchmarks;

/// <summary>PUT /api/v1/agencies/{id}/reports/{year} with the agency's own key, as an agency system does.</summary>
public sealed class HttpReportWriter(HttpClient http, IReadOnlyDictionary<string, string> agencyKeys) : IReportWriter
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static HttpClient CreateClient(Uri baseAddress, int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<WriteOutcome> WriteAsync(ReportKey key, int heldVersion, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/v1/agencies/{key.AgencyId}/reports/{key.FiscalYear}");
        request.Headers.Add("X-Api-Key", agencyKeys[key.AgencyId]);
        if (heldVersion > 0) request.Headers.TryAddWithoutValidation("If-Match", $"\"{heldVersion}\"");
        request.Content = new ByteArrayContent(key.Body.Utf8) { Headers = { ContentType = Json } };
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is not (200 or 201)) return WriteOutcome.Failed($"HTTP {status}");
            var etag = response.Headers.ETag?.Tag.Trim('"');
            return int.TryParse(etag, out var version) ? WriteOutcome.Saved(version) : WriteOutcome.Failed("no ETag");
        }
        catch (HttpRequestException ex)
        {
            return WriteOutcome.Failed($"{ex.GetType().Name}: {ex.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WriteOutcome.Failed("timeout (30 s)");
        }
    }
}
