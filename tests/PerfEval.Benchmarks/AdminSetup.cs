using System.Net.Http.Json;
using System.Text.Json;

namespace PerfEval.Benchmarks;

/// <summary>Registers the benchmark agencies and one agency key each through the admin API, a few at a time.</summary>
public static class AdminSetup
{
    public const string AdminKey = "bench-admin-key-0123456789";
    private const int Parallelism = 8;

    /// <summary>Returns agency id → its agency API key (or an empty map when <paramref name="withKeys"/> is false).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RegisterAsync(
        Uri baseAddress, IReadOnlyList<BenchAgency> agencies, bool withKeys, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        var keys = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(agencies, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (agency, ct) =>
            {
                await PostAsync(http, "api/v1/agencies", new
                {
                    id = agency.Id, code = agency.Code, name = agency.Name, regionCode = agency.Fixture.RegionCode, sector = "司法行政",
                }, ct);
                if (!withKeys) return;
                var created = await PostAsync(http, "api/v1/api-keys", new { name = $"bench {agency.Id}", role = "agency", scope = agency.Id }, ct);
                keys[agency.Id] = created.GetProperty("key").GetString()!;
            });
        return keys;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }
}
