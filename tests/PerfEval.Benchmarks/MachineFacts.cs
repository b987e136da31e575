using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PerfEval.Benchmarks;

/// <summary>What the numbers were measured on, recorded with every result.</summary>
public sealed record MachineFacts(int Cores, string? CpuModel, double MemoryGiB, string Os, string Runtime, string? GitCommit)
{
    public static MachineFacts Collect() => new(
        Environment.ProcessorCount,
        ReadCpuModel(),
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ReadGitCommit());

    private static string? ReadCpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string? ReadGitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["rev-parse", "HEAD"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (git is null) return null;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? commit : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }
}
