using System.Diagnostics;
using System.Text;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>
/// A real, separate PerfEval process (the built PerfEval.Api.dll) in the worker role, for tests about several
/// workers sharing one database and about a process dying mid-way.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process) => _process = process;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public static WorkerProcess Start(string connectionString, IDictionary<string, string>? settings = null)
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name; // …/bin/<Configuration>/net10.0/
        var dll = Path.Combine(RepositoryPaths.Root, "src", "PerfEval.Api", "bin", configuration, testBin.Name, "PerfEval.Api.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the solution first; the worker binary is missing.", dll);

        var info = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["PerfEval__Roles"] = "worker";
        info.Environment["PerfEval__Database__Provider"] = "postgres";
        info.Environment["PerfEval__Database__ConnectionString"] = connectionString;
        info.Environment["PerfEval__Demo__Enabled"] = "false";
        info.Environment["PerfEval__Jobs__PollIntervalMs"] = "100";
        info.Environment["PerfEval__Jobs__DispatchIntervalMs"] = "100";
        info.Environment["PerfEval__Jobs__WorkerCount"] = "4";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
