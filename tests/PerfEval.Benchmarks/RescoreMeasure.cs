using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace PerfEval.Benchmarks;

/// <summary>A rescore of every stored version, end to end: from the request to the last ledger row done.</summary>
public sealed record RescoreCheck(int Versions, double? Seconds)
{
    public double? VersionsPerSecond => Seconds is > 0 ? Math.Round(Versions / Seconds.Value, 1) : null;

    /// <summary>Seconds a rescore of 100,000 versions would take at this rate (the target is 120 s).</summary>
    public double? SecondsFor100k => VersionsPerSecond is > 0 ? Math.Round(100_000 / VersionsPerSecond.Value, 0) : null;

    public string Summary => Seconds is { } s
        ? $"{Versions} versions rescored in {s:0.0} s ({VersionsPerSecond:0}/s; 100,000 would take about {SecondsFor100k:0} s)"
        : $"{Versions} versions requested; the rescore did not finish in time";
}

public static class RescoreMeasure
{
    /// <summary>Asks the running service for a rescore of everything (admin key) and samples the ledger until it drains.</summary>
    public static async Task<RescoreCheck> RunAsync(Uri baseAddress, BacklogSampler sampler, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminSetup.AdminKey);
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("api/v1/admin/rescore", new { }, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST api/v1/admin/rescore answered {(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        var versions = json.RootElement.GetProperty("versions").GetInt32();
        var drained = await sampler.DrainAsync(limit, cancellationToken);
        return new RescoreCheck(versions, drained is null ? null : Math.Round(clock.Elapsed.TotalSeconds, 1));
    }
}
