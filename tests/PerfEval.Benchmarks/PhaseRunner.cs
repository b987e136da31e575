using System.Diagnostics;

namespace PerfEval.Benchmarks;

/// <summary>
/// Runs one phase at a time, each in a fresh database: start the service (and a separate worker when asked),
/// register the agencies, drive load, sample the workers' backlog, stop everything.
/// </summary>
public sealed class PhaseRunner(BenchOptions options, BenchTenants tenants, PostgresAdmin postgres)
{
    public Task<PhaseResult> RunAsync(string phase, CancellationToken cancellationToken) => phase switch
    {
        "physical" => PhysicalAsync(cancellationToken),
        "raw" => RawAsync(cancellationToken),
        "intake-api" => IntakeAsync(phase, "api", cancellationToken),
        "intake-both" => IntakeAsync(phase, "api,worker", cancellationToken),
        "derive" => DeriveAsync(phase, separateWorker: false, cancellationToken),
        "derive-split" => DeriveAsync(phase, separateWorker: true, cancellationToken),
        "derive-drain" => DeriveDrainAsync(cancellationToken),
        "crash" => CrashAsync(cancellationToken),
        TopologyPhase.Name => new TopologyPhase(options, tenants, postgres).RunAsync(cancellationToken),
        BulkPhase.Name => new BulkPhase(options, tenants, postgres).RunAsync(cancellationToken),
        NationalPhase.Name => new NationalPhase(options, postgres).RunAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a load phase."),
    };

    private async Task<PhaseResult> RawAsync(CancellationToken cancellationToken)
    {
        var database = await postgres.CreateDatabaseAsync("bench_raw", cancellationToken);
        // The service migrates the database and registers the agencies; then it is stopped and only the writer runs.
        await using (var service = await StartServiceAsync("raw", "api", database, cancellationToken))
            await AdminSetup.RegisterAsync(service.BaseAddress, tenants.Agencies, withKeys: false, cancellationToken);

        await using var writer = RawWriter.Create(database, tenants.Keys.Select(k => k.Body));
        var (_, measureFrom, end) = Window(options.DurationSeconds);
        Log($"writing for {options.WarmupSeconds} + {options.DurationSeconds} s with {options.Clients} writers");
        var load = await LoadRun.RunAsync(writer, tenants, options.Clients, new ClosedLoopPacer(end), measureFrom, cancellationToken);
        return new PhaseResult("raw", "(no HTTP)", "closed loop", null, load, null);
    }

    /// <summary>The database's own limit: the same rows a PUT stores, one batch per report, no product code in the loop.</summary>
    private async Task<PhaseResult> PhysicalAsync(CancellationToken cancellationToken)
    {
        var database = await postgres.CreateDatabaseAsync("bench_physical", cancellationToken);
        await using (var service = await StartServiceAsync("physical", "api", database, cancellationToken))
            await AdminSetup.RegisterAsync(service.BaseAddress, tenants.Agencies, withKeys: false, cancellationToken);

        await using var writer = PhysicalWriter.Create(database, tenants.Keys.Select(k => k.Body));
        var (_, measureFrom, end) = Window(options.DurationSeconds);
        Log($"writing for {options.WarmupSeconds} + {options.DurationSeconds} s with {options.Clients} connections, one batch per report");
        var load = await LoadRun.RunAsync(writer, tenants, options.Clients, new ClosedLoopPacer(end), measureFrom, cancellationToken);
        return new PhaseResult("physical", "(no HTTP, no product code)", "closed loop", null, load, null);
    }

    /// <summary>
    /// Derivation alone: the API takes load with no worker running, so the ledger fills; then a worker process starts
    /// and the phase measures versions fully derived per second until the backlog is drained (no intake competing).
    /// </summary>
    private async Task<PhaseResult> DeriveDrainAsync(CancellationToken cancellationToken)
    {
        var database = await postgres.CreateDatabaseAsync(DatabaseName("derive-drain"), cancellationToken);
        await using var service = await StartServiceAsync("derive-drain", "api", database, cancellationToken);
        var keys = await AdminSetup.RegisterAsync(service.BaseAddress, tenants.Agencies, withKeys: true, cancellationToken);
        using var http = HttpReportWriter.CreateClient(service.BaseAddress, options.Clients);
        var writer = new HttpReportWriter(http, keys);
        await using var sampler = await BacklogSampler.OpenAsync(database, cancellationToken);

        var (_, measureFrom, end) = Window(options.DurationSeconds);
        Log($"filling the ledger with {options.Clients} clients for {options.WarmupSeconds} + {options.DurationSeconds} s (no worker)");
        var load = await LoadRun.RunAsync(writer, tenants, options.Clients, new ClosedLoopPacer(end), measureFrom, cancellationToken);
        var before = await sampler.SampleAsync(cancellationToken);
        Log($"{before.Pending} ledger rows pending; starting a worker process");
        var started = sampler.Now;
        await using var worker = await StartServiceAsync("derive-drain", "worker", database, cancellationToken);
        var drained = await sampler.DrainAsync(TimeSpan.FromSeconds(Math.Max(options.DrainSeconds, 300)), cancellationToken);
        var last = sampler.Samples[^1];
        var seconds = last.Seconds - started;
        var perSecond = seconds > 0 ? Math.Round((last.DerivedVersions - before.DerivedVersions) / seconds, 1) : 0;
        Log($"{last.DerivedVersions - before.DerivedVersions} versions derived in {seconds:0.0} s (worker start included): {perSecond}/s");
        var derivation = new DerivationResult(sampler.Source, perSecond, 0, before.Pending, drained, sampler.Samples.ToList());
        // With the backlog drained and the worker warm: a rescore of every stored version, timed to its last ledger row.
        var rescore = drained is null ? null : await RescoreMeasure.RunAsync(service.BaseAddress, sampler, TimeSpan.FromSeconds(600), cancellationToken);
        if (rescore is not null) Log(rescore.Summary);
        return new PhaseResult("derive-drain", "api, then a worker process", "backlog drain", null, load, derivation) { Rescore = rescore };
    }

    private async Task<PhaseResult> IntakeAsync(string phase, string roles, CancellationToken cancellationToken)
    {
        var database = await postgres.CreateDatabaseAsync(DatabaseName(phase), cancellationToken);
        await using var service = await StartServiceAsync(phase, roles, database, cancellationToken);
        var keys = await AdminSetup.RegisterAsync(service.BaseAddress, tenants.Agencies, withKeys: true, cancellationToken);
        using var http = HttpReportWriter.CreateClient(service.BaseAddress, options.Clients);
        var writer = new HttpReportWriter(http, keys);
        await using var sampler = await BacklogSampler.OpenAsync(database, cancellationToken);

        var (_, measureFrom, end) = Window(options.DurationSeconds);
        Log($"{options.Clients} clients for {options.WarmupSeconds} + {options.DurationSeconds} s");
        var loadStart = sampler.Now;
        var running = LoadRun.RunAsync(writer, tenants, options.Clients, new ClosedLoopPacer(end), measureFrom, cancellationToken);
        await sampler.SampleEverySecondAsync(running, cancellationToken);
        var load = await running;
        var derivation = roles.Contains("worker", StringComparison.Ordinal)
            ? Derivation(sampler, loadStart + options.WarmupSeconds, sampler.Now, drainSeconds: null)
            : null;
        return new PhaseResult(phase, roles, "closed loop", null, load, derivation);
    }

    private async Task<PhaseResult> DeriveAsync(string phase, bool separateWorker, CancellationToken cancellationToken)
    {
        var database = await postgres.CreateDatabaseAsync(DatabaseName(phase), cancellationToken);
        var roles = separateWorker ? "api" : "api,worker";
        await using var service = await StartServiceAsync(phase, roles, database, cancellationToken);
        await using var worker = separateWorker ? await StartServiceAsync(phase, "worker", database, cancellationToken) : null;
        var keys = await AdminSetup.RegisterAsync(service.BaseAddress, tenants.Agencies, withKeys: true, cancellationToken);
        using var http = HttpReportWriter.CreateClient(service.BaseAddress, options.Clients);
        var writer = new HttpReportWriter(http, keys);
        await using var sampler = await BacklogSampler.OpenAsync(database, cancellationToken);

        var (start, measureFrom, end) = Window(options.DurationSeconds);
        Log($"{options.DeriveRate} reports/s offered for {options.WarmupSeconds} + {options.DurationSeconds} s, backlog from {sampler.Source}");
        var loadStart = sampler.Now;
        var pacer = new OpenLoopPacer(options.DeriveRate, start, end, cancellationToken);
        var running = LoadRun.RunAsync(writer, tenants, options.Clients, pacer, measureFrom, cancellationToken);
        await sampler.SampleEverySecondAsync(running, cancellationToken);
        var load = await running;
        var loadEnd = sampler.Now;
        var drained = await sampler.DrainAsync(TimeSpan.FromSeconds(options.DrainSeconds), cancellationToken);
        var derivation = Derivation(sampler, loadStart + options.WarmupSeconds, loadEnd, drained);
        return new PhaseResult(phase, separateWorker ? "api + worker process" : roles, "open loop", options.DeriveRate, load, derivation);
    }

    /// <summary>
    /// Load on api+worker, a SIGKILL halfway through, a restart on the same port while the clients keep going; then,
    /// once the ledger drained: is every acknowledged version stored, and is every version scored exactly once?
    /// </summary>
    private async Task<PhaseResult> CrashAsync(CancellationToken cancellationToken)
    {
        var database = await postgres.CreateDatabaseAsync(DatabaseName("crash"), cancellationToken);
        // A short lease, so that the rows the killed process had claimed are taken over within the check's patience.
        KeyValuePair<string, string>[] shortLease = [new("PerfEval__Jobs__ClaimLeaseSeconds", "10")];
        var service = await StartServiceAsync("crash", "api,worker", database, cancellationToken, extraSettings: shortLease);
        var port = service.BaseAddress.Port;
        var keys = await AdminSetup.RegisterAsync(service.BaseAddress, tenants.Agencies, withKeys: true, cancellationToken);
        using var http = HttpReportWriter.CreateClient(service.BaseAddress, options.Clients);
        var writer = new AcknowledgingWriter(new HttpReportWriter(http, keys));
        await using var sampler = await BacklogSampler.OpenAsync(database, cancellationToken);

        var (_, measureFrom, end) = Window(options.DurationSeconds);
        Log($"{options.Clients} clients for {options.WarmupSeconds} + {options.DurationSeconds} s; SIGKILL halfway, then a restart");
        var running = LoadRun.RunAsync(writer, tenants, options.Clients, new ClosedLoopPacer(end), measureFrom, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds + options.DurationSeconds / 2.0), cancellationToken);
        await service.KillAsync();
        Log($"killed after {writer.Acknowledged.Count} acknowledged saves; restarting");
        await service.DisposeAsync();
        await using var restarted = await StartServiceAsync("crash", "api,worker", database, cancellationToken, port, shortLease);
        var load = await running;
        var drained = await sampler.DrainAsync(TimeSpan.FromSeconds(Math.Max(options.DrainSeconds, 120)), cancellationToken);
        var check = await CrashVerifier.CheckAsync(database, writer.Acknowledged, cancellationToken);
        Log($"{check.Acknowledged} acknowledged, {check.Lost} lost; {check.Versions} versions, {check.NotScoredExactlyOnce} not scored exactly once, "
            + $"{check.DuplicateScores} duplicate scores, {check.LedgerNotDone} ledger rows not done (drained: {(drained is null ? "no" : $"{drained:0.0} s")})");
        return new PhaseResult("crash", "api,worker (killed, restarted)", "closed loop", null, load, null,
            check.Passed ? null : "acknowledged reports lost or results not exactly once") { Crash = check };
    }

    private static DerivationResult Derivation(BacklogSampler sampler, double from, double to, double? drainSeconds)
    {
        var window = sampler.Samples.Where(s => s.Seconds >= from && s.Seconds <= to + 0.5).ToList();
        if (window.Count == 0) window = sampler.Samples.ToList();
        var first = window[0];
        var last = window[^1];
        var seconds = last.Seconds - first.Seconds;
        var perSecond = seconds > 0 ? Math.Round((last.DerivedVersions - first.DerivedVersions) / seconds, 1) : 0;
        return new DerivationResult(sampler.Source, perSecond, BacklogSampler.PendingSlope(window), last.Pending, drainSeconds, sampler.Samples.ToList());
    }

    private (long Start, long MeasureFrom, long End) Window(int durationSeconds)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + options.WarmupSeconds * Stopwatch.Frequency;
        return (start, measureFrom, measureFrom + durationSeconds * Stopwatch.Frequency);
    }

    private async Task<ServiceProcess> StartServiceAsync(string phase, string roles, string database, CancellationToken cancellationToken, int? port = null,
        IEnumerable<KeyValuePair<string, string>>? extraSettings = null)
    {
        var log = Path.Combine(options.WorkDirectory, $"{phase}-{roles.Replace(',', '+')}.log");
        var started = Stopwatch.StartNew();
        var service = await ServiceProcess.StartAsync(options.ServiceDll!, roles, database, AdminSetup.AdminKey, log,
            options.ServiceSettings.Concat(extraSettings ?? []), cancellationToken, port);
        Log($"service ({roles}) ready at {service.BaseAddress} in {started.Elapsed.TotalSeconds:0.0} s");
        return service;
    }

    private static string DatabaseName(string phase) => "bench_" + phase.Replace('-', '_');

    private static void Log(string message) => Console.WriteLine($"  {message}");
}
