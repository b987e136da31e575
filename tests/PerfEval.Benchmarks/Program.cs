using System.Text.Encodings.Web;
using System.Text.Json;
using PerfEval.Benchmarks;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (UsageException ex)
{
    if (ex.Message.Length > 0) Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
Directory.CreateDirectory(options.WorkDirectory);

var loadPhases = options.Phases.Where(p => p != "cpu").ToList();
if (loadPhases.Count > 0 && options.ServiceDll is null)
{
    Console.Error.WriteLine("--service <PerfEval.Api.dll> is required for the load phases (run.sh publishes the service and passes it).");
    return 2;
}

var postgres = new PostgresAdmin(options.PostgresConnectionString);
IReadOnlyDictionary<string, string> postgresSettings = loadPhases.Count > 0
    ? await postgres.SettingsAsync(cancel.Token)
    : new Dictionary<string, string>();
var tenants = BenchTenants.Create(ReportFixtures.Load(), options.Agencies, options.FiscalYearsPerAgency);
var runner = new PhaseRunner(options, tenants, postgres);

var phases = new List<PhaseResult>();
IReadOnlyList<CpuResult> cpu = [];
foreach (var phase in options.Phases)
{
    Console.WriteLine($"== {phase}");
    if (phase == "cpu")
    {
        cpu = CpuBenchmarkRunner.Run(options.Quick, options.WorkDirectory);
        continue;
    }
    try
    {
        var result = await runner.RunAsync(phase, cancel.Token);
        phases.Add(result);
        if (result.Load is { } load)
            Console.WriteLine($"  {load.ReportsPerSecond:0.0} reports/s, p99 {load.Latency.P99Ms:0.0} ms, {load.ErrorCount} errors");
    }
    catch (Exception ex) when (ex is not OperationCanceledException)
    {
        Console.WriteLine($"  failed: {ex.Message}");
        phases.Add(new PhaseResult(phase, "", "", null, null, null, ex.Message));
    }
}

var raw = phases.FirstOrDefault(p => p.Phase == "raw")?.Load?.ReportsPerSecond;
var physical = phases.FirstOrDefault(p => p.Phase == "physical")?.Load?.ReportsPerSecond;
phases = phases.Select(p => p.Load is null ? p : p with
{
    RatioToRaw = raw is > 0 && p.Phase != "raw" ? Math.Round(p.Load.ReportsPerSecond / raw.Value, 3) : null,
    RatioToPhysical = physical is > 0 && p.Phase != "physical" ? Math.Round(p.Load.ReportsPerSecond / physical.Value, 3) : null,
}).ToList();

var settings = new
{
    options.Phases, options.DurationSeconds, options.WarmupSeconds, options.Clients, options.Agencies, options.FiscalYearsPerAgency,
    options.DeriveRate, options.DrainSeconds, options.Quick, options.Scale,
    ServiceSettings = options.ServiceSettings.ToDictionary(s => s.Key, s => s.Value),
    Fixtures = ReportFixtures.Load().Select(f => new { f.Name, Bytes = System.Text.Encoding.UTF8.GetByteCount(f.Json) }),
};
var benchResult = new BenchResult(DateTimeOffset.UtcNow, MachineFacts.Collect(), postgresSettings, settings, phases, cpu, Targets.Check(phases, cpu));

Console.WriteLine();
Console.Write(ResultPrinter.Format(benchResult));

var resultFile = Path.GetFullPath(options.ResultFile);
Directory.CreateDirectory(Path.GetDirectoryName(resultFile)!);
await File.WriteAllTextAsync(resultFile, JsonSerializer.Serialize(benchResult, new JsonSerializerOptions(JsonSerializerDefaults.Web)
{
    WriteIndented = true,
    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
}));
Console.WriteLine($"\nresult: {resultFile}");
return phases.Any(p => p.Failure is not null) ? 1 : 0;
