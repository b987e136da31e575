using System.Globalization;

namespace PerfEval.Benchmarks;

/// <summary>Command-line settings. Everything has a default, so `run.sh` alone runs the full benchmark.</summary>
public sealed record BenchOptions
{
    public static readonly string[] AllPhases = ["physical", "raw", "intake-api", "intake-both", "derive", "derive-split", "derive-drain", "cpu", "crash", "topology", "bulk", "national"];

    /// <summary>What runs without --phases: every load measurement; the crash and topology checks and the bulk phase are asked for by name.</summary>
    public static readonly string[] DefaultPhases = ["physical", "raw", "intake-api", "intake-both", "derive", "derive-split", "derive-drain", "cpu"];

    public string PostgresConnectionString { get; init; } = "Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres";
    public string? ServiceDll { get; init; }
    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "perfeval-bench");
    public string ResultFile { get; init; } = Path.Combine("tests", "PerfEval.Benchmarks", "results", "latest.json");
    public IReadOnlyList<string> Phases { get; init; } = DefaultPhases;
    public int DurationSeconds { get; init; } = 20;
    public int WarmupSeconds { get; init; } = 5;
    public int Clients { get; init; } = 64;
    public int Agencies { get; init; } = 2000;
    public int FiscalYearsPerAgency { get; init; } = 5;
    public int DeriveRate { get; init; } = 500;
    public int DrainSeconds { get; init; } = 30;

    /// <summary>Agencies of the national phase (each files five fiscal years).</summary>
    public int Scale { get; init; } = 200_000;
    public bool Quick { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> ServiceSettings { get; init; } = [];

    public const string Usage =
        """
        usage: run.sh [options]            (or: dotnet PerfEval.Benchmarks.dll --pg <conn> --service <PerfEval.Api.dll> [options])
          --phases a,b,...     any of physical, raw, intake-api, intake-both, derive, derive-split, derive-drain, cpu, crash, topology, bulk, national
                               (default: all but crash, topology, bulk and national, in that order)
          --duration <s>       measured seconds per load phase (default 20)
          --warmup <s>         seconds excluded before each measurement (default 5)
          --clients <n>        concurrent clients / raw writers (default 64)
          --agencies <n>       agencies created up front through the admin API (default 2000)
          --years <n>          fiscal years per agency, i.e. distinct reports per agency (default 5)
          --rate <n>           reports/s offered in the derive and topology phases (default 500)
          --scale <n>          agencies of the national phase, × 5 fiscal years of versions (default 200000; quick: 20000)
          --drain <s>          seconds to wait for the workers' backlog after a derive phase (default 30)
          --set KEY=VALUE      extra service setting, e.g. --set PerfEval__Jobs__WorkerCount=4 (repeatable)
          --out <file>         JSON result (default tests/PerfEval.Benchmarks/results/latest.json)
          --quick              smoke run: 3 s phases, 1 s warm-up, 200 agencies, 16 clients, rate 100, tiny BenchmarkDotNet job
          --pg <conn>          PostgreSQL admin connection string (run.sh starts a throwaway server and passes it)
          --service <dll>      published PerfEval.Api.dll (run.sh publishes it)
          --work <dir>         scratch directory for logs (run.sh passes its temp dir)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var quick = args.Contains("--quick");
        if (quick)
            options = options with { Quick = true, DurationSeconds = 3, WarmupSeconds = 1, Agencies = 200, Clients = 16, DeriveRate = 100, DrainSeconds = 5 };

        var settings = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--quick") continue;
            if (name is "-h" or "--help") throw new UsageException("");
            if (i + 1 >= args.Length) throw new UsageException($"{name} needs a value.");
            var value = args[++i];
            options = name switch
            {
                "--phases" => options with { Phases = ParsePhases(value) },
                "--duration" => options with { DurationSeconds = Positive(name, value) },
                "--warmup" => options with { WarmupSeconds = NonNegative(name, value) },
                "--clients" => options with { Clients = Positive(name, value) },
                "--agencies" => options with { Agencies = Positive(name, value) },
                "--years" => options with { FiscalYearsPerAgency = Positive(name, value) },
                "--rate" => options with { DeriveRate = Positive(name, value) },
                "--scale" => options with { Scale = Positive(name, value) },
                "--drain" => options with { DrainSeconds = NonNegative(name, value) },
                "--out" => options with { ResultFile = value },
                "--pg" => options with { PostgresConnectionString = value },
                "--service" => options with { ServiceDll = value },
                "--work" => options with { WorkDirectory = value },
                "--set" => AddSetting(options, settings, value),
                _ => throw new UsageException($"Unknown option {name}."),
            };
        }
        if (options.Agencies < options.Clients)
            throw new UsageException("--agencies must be at least --clients: each client owns its own agencies.");
        return options with { ServiceSettings = settings };
    }

    private static BenchOptions AddSetting(BenchOptions options, List<KeyValuePair<string, string>> settings, string value)
    {
        var cut = value.IndexOf('=', StringComparison.Ordinal);
        if (cut <= 0) throw new UsageException($"--set expects KEY=VALUE, got '{value}'.");
        settings.Add(new(value[..cut], value[(cut + 1)..]));
        return options;
    }

    private static string[] ParsePhases(string value)
    {
        var phases = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = phases.Except(AllPhases).ToList();
        if (unknown.Count > 0) throw new UsageException($"Unknown phase(s): {string.Join(", ", unknown)}.");
        return AllPhases.Where(phases.Contains).ToArray();
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"{name} must be a positive integer.");

    private static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"{name} must be a non-negative integer.");
}

public sealed class UsageException(string message) : Exception(message);
