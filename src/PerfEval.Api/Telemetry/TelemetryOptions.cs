namespace PerfEval.Api.Telemetry;

/// <summary>PerfEval:Telemetry: where traces and metrics go besides the /metrics scrape endpoint.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "PerfEval:Telemetry";

    /// <summary>OTLP collector address (e.g. http://collector:4317); traces, metrics and logs are exported only when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>
    /// Record traces (request, job and database spans). Null = only when <see cref="OtlpEndpoint"/> is set: spans that no
    /// exporter takes cost every request its allocations for nothing (a PUT records one span per SQL command).
    /// </summary>
    public bool? Tracing { get; set; }

    /// <summary>"grpc" (default, port 4317) or "http/protobuf" (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The service name traces and metrics carry.</summary>
    public string ServiceName { get; set; } = "perfeval";
}
