using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Telemetry;

/// <summary>The real host whose finished spans are also kept in memory, with a one-minute backlog age limit.</summary>
public abstract class TelemetryApp<TDatabase> : PerfEvalApp<TDatabase> where TDatabase : ITestDatabase, new()
{
    public const int MaxBacklogAgeSeconds = 60;

    private readonly List<Activity> _spans = [];

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PerfEval:Health:MaxBacklogAgeSeconds"] = MaxBacklogAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // Spans are recorded for the in-memory exporter below (by default only when an OTLP endpoint is configured).
        ["PerfEval:Telemetry:Tracing"] = "true",
    };

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));

    /// <summary>The finished spans of one trace (the exporter appends from request threads, so reads copy under its lock).</summary>
    public IReadOnlyList<Activity> SpansOf(ActivityTraceId traceId) => Spans(s => s.TraceId == traceId);

    public IReadOnlyList<Activity> Spans(Func<Activity, bool> match)
    {
        lock (_spans) return _spans.Where(match).ToList();
    }
}

public sealed class TelemetryTestApp : TelemetryApp<ProviderTestDatabase>;
