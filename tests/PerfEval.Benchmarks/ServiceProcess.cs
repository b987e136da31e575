using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PerfEval.Benchmarks;

/// <summary>
/// The published PerfEval.Api.dll as a child process, configured only through environment variables, exactly as a
/// deployment would run it. Its output goes to a log file so that it costs the load client nothing to read.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServiceProcess(Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }

    /// <summary>The process's resident set in MB now (Linux /proc; 0 where it cannot be read).</summary>
    public double ResidentMegabytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException) { }
        return 0;
    }
    public string LogPath { get; }

    public static async Task<ServiceProcess> StartAsync(
        string dll, string roles, string connectionString, string adminKey, string logPath,
        IEnumerable<KeyValuePair<string, string>> extraSettings, CancellationToken cancellationToken, int? port = null)
    {
        if (!File.Exists(dll)) throw new FileNotFoundException("The published service is missing (run.sh publishes it).", dll);
        port ??= FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["PerfEval__Roles"] = roles;
        info.Environment["PerfEval__Database__Provider"] = "postgres";
        info.Environment["PerfEval__Database__ConnectionString"] = connectionString;
        info.Environment["PerfEval__Bootstrap__AdminApiKey"] = adminKey;
        info.Environment["PerfEval__Demo__Enabled"] = "false";
        // A load test measures the service, not the per-key rate limiter (setup alone sends thousands of admin requests).
        info.Environment["PerfEval__RateLimit__Enabled"] = "false";
        foreach (var (key, value) in extraSettings) info.Environment[key] = value;

        var log = new StreamWriter(logPath, append: true) { AutoFlush = false };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new ServiceProcess(process, log, baseAddress, logPath);
        await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(90), cancellationToken);
        return service;
    }

    private static void Append(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The service exited with code {_process.ExitCode} during start-up; see {LogPath}.");
            try
            {
                using var response = await http.GetAsync("health/ready", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"The service was not ready after {timeout.TotalSeconds:0} s; see {LogPath}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, exactly like a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
