using System.Globalization;
using System.Text;

namespace PerfEval.Benchmarks;

/// <summary>The human-readable summary: one row per load phase, the CPU table, the targets.</summary>
public static class ResultPrinter
{
    public static string Format(BenchResult result)
    {
        var text = new StringBuilder();
        var postgres = result.Postgres.Count == 0 ? "" :
            $"PostgreSQL {result.Postgres.GetValueOrDefault("server_version")} (fsync={result.Postgres.GetValueOrDefault("fsync")}, "
            + $"synchronous_commit={result.Postgres.GetValueOrDefault("synchronous_commit")}) · ";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"PerfEval benchmark · {result.Date:yyyy-MM-dd HH:mm} UTC · {result.Machine.Cores} cores · {result.Machine.MemoryGiB} GiB · {result.Machine.Runtime} · "
            + $"{postgres}commit {result.Machine.GitCommit?[..Math.Min(10, result.Machine.GitCommit.Length)] ?? "?"}");
        if (result.Phases.Count > 0) AppendPhases(text, result);
        if (result.Cpu.Count > 0) AppendCpu(text, result);

        text.AppendLine();
        text.AppendLine("Targets (2-core machine)");
        foreach (var check in result.Targets)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(check.Met switch { true => "PASS", false => "FAIL", null => " -- " })}  {check.Target}: {check.Measured}");
        return text.ToString();
    }

    private static void AppendPhases(StringBuilder text, BenchResult result)
    {
        text.AppendLine();

        var rows = new List<string[]>
        {
            new[] { "phase", "roles", "load", "clients", "reports/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "vs physical", "vs raw", "derived/s", "backlog/s", "drain s" },
        };
        foreach (var phase in result.Phases)
        {
            var load = phase.Load;
            var d = phase.Derivation;
            rows.Add(
            [
                phase.Phase,
                phase.Roles,
                phase.OfferedRate is { } rate ? $"{N(rate, "0")}/s open" : phase.Mode,
                load is null ? "-" : N(load.Clients, "0"),
                load is null ? (phase.Failure is null ? "-" : "FAILED") : N(load.ReportsPerSecond, "0.0"),
                load is null ? "-" : N(load.Latency.P50Ms, "0.0"),
                load is null ? "-" : N(load.Latency.P95Ms, "0.0"),
                load is null ? "-" : N(load.Latency.P99Ms, "0.0"),
                load is null ? "-" : N(load.Latency.MaxMs, "0.0"),
                load is null ? "-" : N(load.ErrorCount, "0"),
                phase.RatioToPhysical is { } share ? N(share * 100, "0") + " %" : "-",
                phase.RatioToRaw is { } ratio ? N(ratio * 100, "0") + " %" : "-",
                d is null ? "-" : N(d.DerivedPerSecond, "0.0"),
                d is null ? "-" : N(d.PendingSlopePerSecond, "+0.0;-0.0;0"),
                d?.DrainSeconds is { } drain ? N(drain, "0.0") : d is null ? "-" : "no",
            ]);
        }
        AppendTable(text, rows, leftAligned: 3);

        foreach (var phase in result.Phases)
        {
            if (phase.Failure is not null) text.AppendLine(CultureInfo.InvariantCulture, $"  {phase.Phase} failed: {phase.Failure}");
            if (phase.Crash is { } crash)
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  crash check: {crash.Acknowledged} acknowledged reports, {crash.Lost} lost; {crash.Versions} versions, "
                    + $"{crash.NotScoredExactlyOnce} not scored exactly once, {crash.DuplicateScores} duplicate results, {crash.LedgerNotDone} ledger rows not done");
            if (phase.Rescore is { } rescore) text.AppendLine(CultureInfo.InvariantCulture, $"  rescore: {rescore.Summary}");
            if (phase.National is { } national) AppendNational(text, national);
            if (phase.Topology is { } topology) text.AppendLine(CultureInfo.InvariantCulture, $"  topology check: {topology.Summary}");
            if (phase.Load is { } load && load.ErrorCount > 0)
                text.AppendLine(CultureInfo.InvariantCulture, $"  {phase.Phase} errors: {string.Join(", ", load.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} × {e.Value}"))}");
        }
    }

    private static void AppendNational(StringBuilder text, NationalResult n)
    {
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  national: {n.Agencies:N0} agencies × 5 years = {n.Versions:N0} versions; COPY {n.LoadSeconds:0.0} s; derived by a worker process in {n.DeriveSeconds:0.0} s = {n.DerivedPerSecond:0} versions/s");
        foreach (var q in n.Queries)
            text.AppendLine(CultureInfo.InvariantCulture, $"    {q.Name}: p50 {q.P50Ms:0.0} ms, p99 {q.P99Ms:0.0} ms ({q.Requests} requests; target p99 ≤ {q.TargetP99Ms:0} ms: {(q.Met ? "met" : "not met")})");
        if (n.Export is { } e)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    region export (NDJSON, streamed): {e.Lines:N0} reports, {e.Bytes / 1e6:0} MB in {e.Seconds:0.0} s; server peak RSS {e.PeakRssMb:0} MB (before {e.RssBeforeMb:0}; target ≤ {e.TargetMb:0} MB: {(e.Met ? "met" : "not met")})");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"    database: {n.DatabaseBytes / 1e9:0.00} GB = {n.BytesPerVersion:N0} bytes per version; 3,000,000 versions ≈ {n.GigabytesAt3M:0.0} GB");
        if (n.Rescore is { } r)
            text.AppendLine(r.ClaimedToDoneSeconds is { } s
                ? string.Create(CultureInfo.InvariantCulture, $"    rescore: {r.Versions:N0} versions, first claim → last row done {s:0.0} s ({r.VersionsPerSecond:0}/s; request {r.RequestSeconds:0.0} s); 100,000 ≈ {r.SecondsFor100k:0} s (target ≤ 120 s: {(r.SecondsFor100k <= 120 ? "met" : "not met")})")
                : string.Create(CultureInfo.InvariantCulture, $"    rescore: {r.Versions:N0} versions requested; not done in time"));
    }

    private static void AppendCpu(StringBuilder text, BenchResult result)
    {
        text.AppendLine();
        text.AppendLine("CPU per report, in-process (BenchmarkDotNet mean µs; allocated KB in brackets)");
        var columns = new List<(string Title, string Benchmark, string? Profile)>
        {
            ("parse+validate", "parse+validate", null), ("audit", "audit", null), ("metrics", "metrics", null),
        };
        columns.AddRange(result.Cpu.Where(c => c.Profile is not null).Select(c => c.Profile!).Distinct().Select(p => ($"score {p}", "score", (string?)p)));
        columns.Add(("score-all", "score-all", null));
        columns.Add(("validate+audit+score", "validate+audit+score", null));

        var header = new[] { "fixture" }.Concat(columns.Select(c => c.Title)).ToArray();
        var rows = new List<string[]> { header };
        foreach (var fixture in result.Cpu.Select(c => c.Fixture).Distinct())
        {
            rows.Add([fixture, .. columns.Select(column =>
                result.Cpu.FirstOrDefault(c => c.Fixture == fixture && c.Benchmark == column.Benchmark && c.Profile == column.Profile) is { } c
                    ? $"{N(c.MeanMicroseconds, "0.0")} [{(c.AllocatedKb is { } kb ? N(kb, "0") : "?")}]"
                    : "-")]);
        }
        AppendTable(text, rows, leftAligned: 1);
    }

    private static void AppendTable(StringBuilder text, List<string[]> rows, int leftAligned)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i < leftAligned ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
    }

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
