using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PerfEval.Api.Auth;
using PerfEval.Api.Health;
using PerfEval.Application.Telemetry;
using PerfEval.Infrastructure.Repositories;
using PerfEval.Infrastructure.Telemetry;

namespace PerfEval.Api.Telemetry;

/// <summary>
/// OpenTelemetry: spans of HTTP requests, use cases, SQL (PostgreSQL through Npgsql) and jobs; the product's metrics
/// with ASP.NET Core's request metrics, scraped at /metrics by admins, and everything exported by OTLP when configured.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddPerfEvalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.Configure<HealthOptions>(configuration.GetSection(HealthOptions.Section));
        services.AddSingleton<DerivationBacklog>();
        services.AddSingleton<BacklogGauges>();

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName));
        if (options.Tracing ?? !string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new NoRootClientSpans()))
                .AddSource(PerfEvalTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(MetricsPath))
                .AddNpgsql());
        telemetry.WithMetrics(metrics => metrics
                .AddMeter(PerfEvalTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter(prometheus =>
                    // No cached scrape: an admin who just made a change sees it counted (scrapes are few and cheap).
                    prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            telemetry.UseOtlpExporter(ProtocolOf(options.OtlpProtocol), new Uri(options.OtlpEndpoint));
        return services;
    }

    /// <summary>
    /// The Prometheus scrape endpoint: admin callers only, like the Hangfire dashboard, as it tells how busy every
    /// tenant is. The backlog gauges are created here, once the host is built.
    /// </summary>
    public static WebApplication MapPerfEvalMetrics(this WebApplication app)
    {
        app.Services.GetRequiredService<BacklogGauges>();
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(AuthExtensions.AdminPolicy);
        return app;
    }

    private static OtlpExportProtocol ProtocolOf(string protocol) => protocol.ToLowerInvariant() switch
    {
        "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"Unknown {TelemetryOptions.Section}:OtlpProtocol '{protocol}' (grpc, http/protobuf)."),
    };
}
