using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Npgsql;

namespace PerfEval.Benchmarks;

/// <summary>
/// The deployment topology under faults: two API processes and two worker processes on one database, clients spread
/// over both APIs, a webhook receiver subscribed to every event. At 35 % of the run one worker is killed with SIGKILL
/// and restarted, at 50 % one API (on the same port, so its clients come back). Once the ledger and the webhook outbox
/// are drained: every acknowledged version is stored, every version's results are stored exactly once, every webhook
/// event reached the receiver exactly once, and nothing is left in the ledger.
/// </summary>
public sealed class TopologyPhase(BenchOptions options, BenchTenants tenants, PostgresAdmin postgres)
{
    public const string Name = "topology";
    private const double WorkerKillAt = 0.35;
    private const double ApiKillAt = 0.50;
    private const string WebhookSecret = "topology-receiver-secret-0123456789";

    private readonly List<ServiceProcess> _processes = [];

    public async Task<PhaseResult> RunAsync(CancellationToken cancellationToken)
    {
        var phaseClock = Stopwatch.StartNew();
        var database = await postgres.CreateDatabaseAsync("bench_topology", cancellationToken);
        var settings = Settings();
        try
        {
            // The first API migrates the database; the other three processes then start side by side.
            var apiA = await StartAsync("api", "api-a", database, settings, cancellationToken);
            var others = await Task.WhenAll(
                StartAsync("api", "api-b", database, settings, cancellationToken),
                StartAsync("worker", "worker-a", database, settings, cancellationToken),
                StartAsync("worker", "worker-b", database, settings, cancellationToken));
            var (apiB, workerA) = (others[0], others[1]);

            var keys = await AdminSetup.RegisterAsync(apiA.BaseAddress, tenants.Agencies, withKeys: true, cancellationToken);
            await using var receiver = WebhookReceiver.Start(WebhookSecret);
            await SubscribeAsync(apiB.BaseAddress, receiver.Address, cancellationToken);

            using var httpA = HttpReportWriter.CreateClient(apiA.BaseAddress, options.Clients);
            using var httpB = HttpReportWriter.CreateClient(apiB.BaseAddress, options.Clients);
            var writer = new AcknowledgingWriter(new RoutedWriter([new HttpReportWriter(httpA, keys), new HttpReportWriter(httpB, keys)], tenants.Agencies));

            var start = Stopwatch.GetTimestamp();
            var measureFrom = start + options.WarmupSeconds * Stopwatch.Frequency;
            var end = measureFrom + options.DurationSeconds * Stopwatch.Frequency;
            var runSeconds = (double)(end - start) / Stopwatch.Frequency;
            Log($"{options.DeriveRate} reports/s offered for {options.WarmupSeconds} + {options.DurationSeconds} s over 2 APIs; "
                + $"SIGKILL of a worker at {runSeconds * WorkerKillAt:0.0} s and of an API at {runSeconds * ApiKillAt:0.0} s, each restarted");
            var pacer = new OpenLoopPacer(options.DeriveRate, start, end, cancellationToken);
            var running = LoadRun.RunAsync(writer, tenants, options.Clients, pacer, measureFrom, cancellationToken);
            var faults = Task.WhenAll(
                KillAndRestartAsync(workerA, "worker", "worker-a", null, start + (long)(runSeconds * WorkerKillAt * Stopwatch.Frequency), writer, database, settings, cancellationToken),
                KillAndRestartAsync(apiB, "api", "api-b", apiB.BaseAddress.Port, start + (long)(runSeconds * ApiKillAt * Stopwatch.Frequency), writer, database, settings, cancellationToken));
            var load = await running;
            var sinceLoadEnd = Stopwatch.StartNew();
            await faults;

            var drainSeconds = await DrainAsync(database, sinceLoadEnd, TimeSpan.FromSeconds(Math.Max(options.DrainSeconds, 120)), cancellationToken);
            var derivations = await CrashVerifier.CheckAsync(database, writer.Acknowledged, cancellationToken);
            var check = await TopologyVerifier.CheckAsync(database, derivations, receiver, drainSeconds, Math.Round(phaseClock.Elapsed.TotalSeconds, 1), cancellationToken);
            Log(check.Summary);
            return new PhaseResult(Name, "2 api + 2 worker processes (one of each killed, restarted)", "open loop", options.DeriveRate, load, null,
                check.Passed ? null : "acknowledged reports lost, results or webhook deliveries not exactly once, or work left over") { Topology = check };
        }
        finally
        {
            foreach (var process in _processes) await process.DisposeAsync();
        }
    }

    /// <summary>
    /// Short leases, so that what the killed worker had claimed is taken over within the phase; webhooks to loopback
    /// allowed; one secret encryption key shared by every process, as a deployment must.
    /// </summary>
    private IReadOnlyList<KeyValuePair<string, string>> Settings() =>
    [
        .. options.ServiceSettings,
        new("PerfEval__Jobs__ClaimLeaseSeconds", "10"),
        new("PerfEval__Webhooks__ClaimLeaseSeconds", "15"),
        new("PerfEval__Webhooks__TimeoutSeconds", "5"),
        new("PerfEval__Webhooks__RetryBaseDelayMs", "1000"),
        new("PerfEval__Webhooks__AllowNonPublicTargets", "true"),
        new("PerfEval__Webhooks__SecretEncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
    ];

    private async Task KillAndRestartAsync(ServiceProcess victim, string roles, string name, int? port, long atTimestamp, AcknowledgingWriter writer,
        string database, IReadOnlyList<KeyValuePair<string, string>> settings, CancellationToken cancellationToken)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), atTimestamp);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, cancellationToken);
        await victim.KillAsync();
        Log($"SIGKILL {name} after {writer.Acknowledged.Count} acknowledged saves; restarting");
        // A log of its own: the killed process's log writer still holds the old file.
        await StartAsync(roles, name + "-restarted", database, settings, cancellationToken, port);
    }

    private async Task<ServiceProcess> StartAsync(string roles, string name, string database, IReadOnlyList<KeyValuePair<string, string>> settings,
        CancellationToken cancellationToken, int? port = null)
    {
        var started = Stopwatch.StartNew();
        var service = await ServiceProcess.StartAsync(options.ServiceDll!, roles, database, AdminSetup.AdminKey,
            Path.Combine(options.WorkDirectory, $"{Name}-{name}.log"), settings, cancellationToken, port);
        lock (_processes) _processes.Add(service);
        Log($"{name} ({roles}) ready at {service.BaseAddress} in {started.Elapsed.TotalSeconds:0.0} s");
        return service;
    }

    /// <summary>A platform client (the admin key) subscribes the receiver to every event type.</summary>
    private static async Task SubscribeAsync(Uri api, Uri receiver, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminSetup.AdminKey);
        using var response = await http.PostAsJsonAsync("api/v1/webhooks",
            new { url = receiver.ToString(), secret = WebhookSecret, events = PerfEval.Application.Webhooks.WebhookEventTypes.All }, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST api/v1/webhooks answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    /// <summary>Seconds from the end of the load until no ledger row and no webhook delivery is waiting, or null after <paramref name="limit"/>.</summary>
    private static async Task<double?> DrainAsync(string database, Stopwatch drain, TimeSpan limit, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        while (await TopologyVerifier.OutstandingAsync(connection, cancellationToken) > 0)
        {
            if (drain.Elapsed >= limit) return null;
            await Task.Delay(250, cancellationToken);
        }
        return Math.Round(drain.Elapsed.TotalSeconds, 1);
    }

    private static void Log(string message) => Console.WriteLine($"  {message}");
}
