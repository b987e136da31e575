using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace PerfEval.Benchmarks;

/// <summary>A read measured warm through the HTTP API: repeated requests, nearest-rank percentiles.</summary>
public sealed record NationalQuery(string Name, string Path, int Requests, double P50Ms, double P99Ms, double MaxMs, long Bytes, double TargetP99Ms)
{
    public bool Met => P99Ms <= TargetP99Ms;
}

public sealed record NationalExport(string Path, long Lines, long Bytes, double Seconds, double RssBeforeMb, double PeakRssMb, double TargetMb)
{
    public bool Met => PeakRssMb <= TargetMb;
}

public sealed record NationalResult(
    int Agencies, int Versions, double LoadSeconds, double DeriveSeconds, double DerivedPerSecond,
    IReadOnlyList<NationalQuery> Queries, NationalExport? Export,
    long DatabaseBytes, double BytesPerVersion, double GigabytesAt3M, IReadOnlyDictionary<string, long> LargestTables,
    NationalRescore? Rescore, IReadOnlyList<string> SlowestStatements);

/// <summary>A rescore of every version, first ledger row claimed → last row done, with the request's own time apart.</summary>
public sealed record NationalRescore(int Versions, double RequestSeconds, double? ClaimedToDoneSeconds)
{
    public double? VersionsPerSecond => ClaimedToDoneSeconds is > 0 ? Math.Round(Versions / ClaimedToDoneSeconds.Value, 1) : null;
    public double? SecondsFor100k => VersionsPerSecond is > 0 ? Math.Round(100_000 / VersionsPerSecond.Value, 0) : null;
}

/// <summary>
/// The national scale (--scale agencies × 5 fiscal years): the population is bulk-loaded with COPY into the product's
/// schema, derived by a real worker process, then read warm through the API (summaries, rankings, a time series, the
/// change feed, a streamed region export with the server's peak RSS), sized, and rescored end to end.
/// </summary>
public sealed class NationalPhase(BenchOptions options, PostgresAdmin postgres)
{
    public const string Name = "national";
    public const double SummaryP99Ms = 50;
    public const double RankingsP99Ms = 100;
    public const double FeedP99Ms = 20;
    public const double TimeseriesP99Ms = 20;
    public const double ExportRssMb = 300;
    public const long TargetVersions = 3_000_000;

    public async Task<PhaseResult> RunAsync(CancellationToken cancellationToken)
    {
        var population = NationalPopulation.Create(ReportFixtures.Load(), options.Scale);
        Log($"{population.Agencies.Count} agencies over {population.Agencies.Select(a => a.Region.Code).Distinct().Count()} regions × {NationalPopulation.Years} years "
            + $"= {population.Versions} versions ({NationalPopulation.Variants} value variants of each report and year)");
        var database = await postgres.CreateDatabaseAsync("bench_national", cancellationToken);
        await using var api = await StartAsync("api", database, [], cancellationToken);
        await EnableStatementsAsync(database, cancellationToken);

        var loadSeconds = await NationalLoad.CopyAsync(database, population, cancellationToken);
        Log($"COPY of {population.Versions} versions' rows: {loadSeconds:0.0} s ({population.Versions / loadSeconds:0} versions/s)");

        // Derivation by the real workers: a worker process, as deployments run it.
        await using var ledger = new NpgsqlConnection(database);
        await ledger.OpenAsync(cancellationToken);
        var deriveClock = Stopwatch.StartNew();
        await using var worker = await StartAsync("worker", database, [], cancellationToken);
        var derived = await WaitForLedgerAsync(ledger, population.Versions, TimeSpan.FromHours(3), "derived", cancellationToken);
        var deriveSeconds = deriveClock.Elapsed.TotalSeconds;
        var derivedPerSecond = Math.Round(population.Versions / deriveSeconds, 1);
        Log(derived
            ? $"{population.Versions} versions fully derived in {deriveSeconds:0.0} s (worker start included): {derivedPerSecond} versions/s"
            : "the workers did not drain the ledger in time");
        await ExecuteAsync(ledger, "VACUUM ANALYZE", cancellationToken);
        await ExecuteAsync(ledger, "SELECT pg_stat_statements_reset()", cancellationToken, optional: true);

        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminSetup.AdminKey);
        var queries = await MeasureReadsAsync(http, population, cancellationToken);
        var export = await MeasureExportAsync(http, api, population, cancellationToken);
        var statements = await SlowestStatementsAsync(ledger, cancellationToken);
        foreach (var statement in statements) Log("  " + statement);

        var (bytes, largest) = await SizeAsync(ledger, cancellationToken);
        var perVersion = Math.Round((double)bytes / population.Versions, 0);
        var at3M = Math.Round(perVersion * TargetVersions / 1e9, 1);
        Log($"database: {bytes / 1e9:0.00} GB for {population.Versions} versions = {perVersion:0} bytes per version; at 3,000,000 versions about {at3M:0.0} GB");

        var rescore = derived ? await RescoreAsync(http, ledger, population.Versions, cancellationToken) : null;

        var result = new NationalResult(population.Agencies.Count, population.Versions, Math.Round(loadSeconds, 1), Math.Round(deriveSeconds, 1), derivedPerSecond,
            queries, export, bytes, perVersion, at3M, largest, rescore, statements);
        return new PhaseResult(Name, "api + worker process", $"{population.Versions} versions", null, null, null,
            derived ? null : "the workers did not derive the national population") { National = result };
    }

    private async Task<IReadOnlyList<NationalQuery>> MeasureReadsAsync(HttpClient http, NationalPopulation population, CancellationToken cancellationToken)
    {
        var year = NationalPopulation.FirstFiscalYear + NationalPopulation.Years - 1;
        var province = population.Agencies.GroupBy(a => a.Region.Path[..7]).MaxBy(g => g.Count())!.Key[..6];
        var random = new Random(2260);
        var sample = Enumerable.Range(0, 64).Select(_ => population.Agencies[random.Next(population.Agencies.Count)].Id).ToList();
        var feedCursor = await FeedCursorAsync(http, pages: 20, cancellationToken);

        var reads = new List<(string Name, Func<int, string> Path, int Requests, double Target)>
        {
            ("national summary", _ => $"api/v1/dashboards/regions/000000/summary?fiscalYear={year}", 20, SummaryP99Ms),
            ($"provincial summary ({province})", _ => $"api/v1/dashboards/regions/{province}/summary?fiscalYear={year}", 30, SummaryP99Ms),
            ($"rankings by score ({province}, region and sector percentiles)", _ => $"api/v1/dashboards/regions/{province}/rankings?fiscalYear={year}&metric=score", 30, RankingsP99Ms),
            ("national rankings by score", _ => $"api/v1/dashboards/regions/000000/rankings?fiscalYear={year}&metric=score", 10, RankingsP99Ms),
            ("national rankings by score, first page (100)", _ => $"api/v1/dashboards/regions/000000/rankings?fiscalYear={year}&metric=score&limit=100", 20, RankingsP99Ms),
            ("agency time series", i => $"api/v1/dashboards/agencies/{sample[i % sample.Count]}/timeseries", 200, TimeseriesP99Ms),
            ("change-feed page (100, deep cursor)", _ => $"api/v1/changes?limit=100&since={Uri.EscapeDataString(feedCursor)}", 200, FeedP99Ms),
        };
        var results = new List<NationalQuery>();
        foreach (var (name, path, requests, target) in reads)
        {
            for (var i = 0; i < 3; i++) await GetAsync(http, path(i), cancellationToken);
            var ticks = new long[requests];
            long bytes = 0;
            for (var i = 0; i < requests; i++)
            {
                var start = Stopwatch.GetTimestamp();
                bytes = await GetAsync(http, path(i), cancellationToken);
                ticks[i] = Stopwatch.GetTimestamp() - start;
            }
            var latency = LatencySummary.FromTicks(ticks);
            var query = new NationalQuery(name, path(0), requests, latency.P50Ms, latency.P99Ms, latency.MaxMs, bytes, target);
            Log($"{name}: p50 {query.P50Ms:0.0} ms, p99 {query.P99Ms:0.0} ms over {requests} requests ({bytes / 1024.0:0} KB) — target p99 ≤ {target:0} ms: {(query.Met ? "met" : "NOT met")}");
            results.Add(query);
        }
        return results;
    }

    /// <summary>Walks the feed some pages in, so that the measured page is read from the middle of the history, not its start.</summary>
    private static async Task<string> FeedCursorAsync(HttpClient http, int pages, CancellationToken cancellationToken)
    {
        string? cursor = null;
        for (var i = 0; i < pages; i++)
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"api/v1/changes?limit=1000{(cursor is null ? "" : "&since=" + Uri.EscapeDataString(cursor))}", cancellationToken);
            cursor = page.GetProperty("nextCursor").GetString()!;
            if (!page.GetProperty("moreNow").GetBoolean()) break;
        }
        return cursor!;
    }

    private static async Task<long> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)[..Math.Min(300, body.Length)]}");
        return body.Length;
    }

    /// <summary>The largest province's NDJSON export (every year), read as a stream while the server's RSS is sampled every 20 ms.</summary>
    private static async Task<NationalExport> MeasureExportAsync(HttpClient http, ServiceProcess api, NationalPopulation population, CancellationToken cancellationToken)
    {
        var province = population.Agencies.GroupBy(a => a.Region.Path[..7]).MaxBy(g => g.Count())!.Key[..6];
        var path = $"api/v1/exports/reports?regionCode={province}&format=ndjson";
        var before = api.ResidentMegabytes();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, api.ResidentMegabytes());
                try { await Task.Delay(20, sampling.Token); } catch (OperationCanceledException) { }
            }
        }, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        long lines = 0, bytes = 0;
        using (var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
        {
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                bytes += read;
                for (var i = 0; i < read; i++) if (buffer[i] == (byte)'\n') lines++;
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        var export = new NationalExport(path, lines, bytes, Math.Round(seconds, 1), Math.Round(before, 0), Math.Round(peak, 0), ExportRssMb);
        Log($"export {province}: {lines} reports, {bytes / 1e6:0} MB in {seconds:0.0} s; server RSS {before:0} MB before, peak {peak:0} MB — target ≤ {ExportRssMb:0} MB: "
            + (export.Met ? "met" : "NOT met"));
        return export;
    }

    private static async Task<NationalRescore> RescoreAsync(HttpClient http, NpgsqlConnection ledger, int expected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("api/v1/admin/rescore", new { }, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST api/v1/admin/rescore answered {(int)response.StatusCode}: {text}");
        var requestSeconds = clock.Elapsed.TotalSeconds;
        using var json = JsonDocument.Parse(text);
        var versions = json.RootElement.GetProperty("versions").GetInt32();
        Log($"rescore of {versions} versions requested in {requestSeconds:0.0} s (every version: {(versions == expected ? "yes" : "no")})");

        // First claim: the first moment a row of the run is running or done.
        var wait = Stopwatch.StartNew();
        while (await ScalarAsync(ledger, "SELECT COUNT(*) FROM derivations WHERE state = 'running'", cancellationToken) == 0
               && await ScalarAsync(ledger, "SELECT COUNT(*) FROM derivations WHERE state IN ('pending', 'running')", cancellationToken) >= versions
               && wait.Elapsed < TimeSpan.FromMinutes(5))
            await Task.Delay(100, cancellationToken);
        var claimed = Stopwatch.StartNew();
        var drained = await WaitForLedgerAsync(ledger, versions, TimeSpan.FromHours(2), "rescored", cancellationToken);
        var seconds = drained ? Math.Round(claimed.Elapsed.TotalSeconds, 1) : (double?)null;
        var rescore = new NationalRescore(versions, Math.Round(requestSeconds, 1), seconds);
        Log(seconds is { } s
            ? $"rescore: {versions} versions from the first claim to the last row done in {s:0.0} s ({rescore.VersionsPerSecond:0}/s; 100,000 would take about {rescore.SecondsFor100k:0} s) — target ≤ 120 s for 100,000: {(rescore.SecondsFor100k <= 120 ? "met" : "NOT met")}"
            : "rescore: not done in time");
        return rescore;
    }

    /// <summary>Waits until no ledger row is pending or running, printing progress every 10 s.</summary>
    private static async Task<bool> WaitForLedgerAsync(NpgsqlConnection ledger, int versions, TimeSpan limit, string verb, CancellationToken cancellationToken)
    {
        const string OpenVersions = "SELECT COUNT(*) FROM (SELECT DISTINCT agency_id, fiscal_year FROM derivations WHERE state IN ('pending', 'running')) AS open_years";
        var clock = Stopwatch.StartNew();
        var lastPrint = TimeSpan.Zero;
        while (clock.Elapsed < limit)
        {
            var pending = await ScalarAsync(ledger, "SELECT COUNT(*) FROM derivations WHERE state IN ('pending', 'running')", cancellationToken);
            if (pending == 0) return true;
            if (clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(10))
            {
                lastPrint = clock.Elapsed;
                var open = await ScalarAsync(ledger, OpenVersions, cancellationToken);
                var done = versions - open;
                Log($"  {clock.Elapsed.TotalSeconds:0} s: {done} of {versions} versions {verb} ({done / clock.Elapsed.TotalSeconds:0}/s), {pending} ledger rows pending or running");
            }
            await Task.Delay(500, cancellationToken);
        }
        return false;
    }

    private static async Task<(long Bytes, IReadOnlyDictionary<string, long> Largest)> SizeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           + "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC";
        var tables = new Dictionary<string, long>();
        await using (var command = new NpgsqlCommand(Sql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                tables[reader.GetString(0)] = reader.GetInt64(1);
        var total = tables.Values.Sum();
        Log("largest tables: " + string.Join(", ", tables.Take(6).Select(t => $"{t.Key} {t.Value / 1e6:0} MB")));
        return (total, tables.Take(8).ToDictionary());
    }

    /// <summary>pg_stat_statements when the server preloads it (run.sh does): the statements that cost the most during the reads.</summary>
    private static async Task EnableStatementsAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements", cancellationToken, optional: true);
    }

    private static async Task<IReadOnlyList<string>> SlowestStatementsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT calls, round(mean_exec_time::numeric, 2), left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements "
                           + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY total_exec_time DESC LIMIT 6";
        var lines = new List<string>();
        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)} calls, mean {reader.GetDecimal(1)} ms: {reader.GetString(2)}"));
        }
        catch (PostgresException) { }
        if (lines.Count > 0) Log("statements that cost the most during the reads (pg_stat_statements):");
        return lines;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, bool optional = false)
    {
        try
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException) when (optional) { }
    }

    private async Task<ServiceProcess> StartAsync(string roles, string database, IEnumerable<KeyValuePair<string, string>> settings, CancellationToken cancellationToken)
    {
        var log = Path.Combine(options.WorkDirectory, $"{Name}-{roles}.log");
        var started = Stopwatch.StartNew();
        var service = await ServiceProcess.StartAsync(options.ServiceDll!, roles, database, AdminSetup.AdminKey, log, options.ServiceSettings.Concat(settings), cancellationToken);
        Log($"service ({roles}) ready at {service.BaseAddress} in {started.Elapsed.TotalSeconds:0.0} s");
        return service;
    }

    private static void Log(string message) => Console.WriteLine($"  {message}");
}
