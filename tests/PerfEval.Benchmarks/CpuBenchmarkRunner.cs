using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace PerfEval.Benchmarks;

public sealed record CpuResult(string Benchmark, string Fixture, string? Profile, double MeanMicroseconds, double? AllocatedKb);

/// <summary>
/// Runs the BenchmarkDotNet classes in this process (no generated project to build) with a short job, logging to a
/// file, and returns one row per benchmark case.
/// </summary>
public static class CpuBenchmarkRunner
{
    public static IReadOnlyList<CpuResult> Run(bool quick, string workDirectory)
    {
        var job = (quick
                ? Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(50))
                : Job.ShortRun.WithIterationTime(TimeInterval.FromMilliseconds(250)))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId(quick ? "quick" : "short");
        var logPath = Path.Combine(workDirectory, "benchmarkdotnet.log");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(new StreamLogger(logPath))
            .WithArtifactsPath(Path.Combine(workDirectory, "benchmarkdotnet"));
        Console.WriteLine($"  BenchmarkDotNet ({job.Id} job, in-process); log: {logPath}");

        var summaries = new[] { BenchmarkRunner.Run<ReportPipelineBenchmarks>(config), BenchmarkRunner.Run<ScoringBenchmarks>(config) };
        return summaries.SelectMany(summary => summary.Reports.Select(report => ToResult(summary, report))).ToList();
    }

    private static CpuResult ToResult(Summary summary, BenchmarkReport report)
    {
        var benchmark = report.BenchmarkCase;
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmark);
        return new CpuResult(
            benchmark.Descriptor.WorkloadMethodDisplayInfo,
            (string)benchmark.Parameters["Fixture"],
            benchmark.HasParameters && benchmark.Parameters.Items.Any(p => p.Name == "Profile") ? (string)benchmark.Parameters["Profile"] : null,
            Math.Round((report.ResultStatistics?.Mean ?? double.NaN) / 1000, 1),
            allocated is { } bytes ? Math.Round(bytes / 1024.0, 1) : null);
    }
}
