using System.Diagnostics;
using System.Diagnostics.Metrics;
using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Telemetry;

/// <summary>
/// The product's own spans and instruments, all named "PerfEval". The meter comes from the host's meter factory, so
/// each host (and each test host in one process) has its own instruments; the activity source is process-wide, as
/// spans carry their own trace ids.
/// </summary>
public sealed class PerfEvalTelemetry
{
    public const string Name = "PerfEval";

    public static readonly ActivitySource Source = new(Name);

    public PerfEvalTelemetry(IMeterFactory meters)
    {
        Meter = meters.Create(Name);
        Requests = Meter.CreateCounter<long>("perfeval.requests", "{request}", "Use cases handled, by request type and outcome (ok, rejected, cancelled, error).");
        RequestDuration = Meter.CreateHistogram<double>("perfeval.request.duration", "s", "Time a use case took, by request type.");
        ReportsAccepted = Meter.CreateCounter<long>("perfeval.reports.accepted", "{report}", "Report versions stored (replays of an Idempotency-Key not counted).");
        Findings = Meter.CreateCounter<long>("perfeval.findings", "{finding}", "Audit findings of accepted report versions, by severity.");
        JobFailures = Meter.CreateCounter<long>("perfeval.jobs.failures", "{job}", "Background jobs that failed for good (retries used up), by job.");
        JobRetries = Meter.CreateCounter<long>("perfeval.jobs.retries", "{job}", "Failed background job attempts scheduled to run again, by job.");
        WebhookDeliveries = Meter.CreateCounter<long>("perfeval.webhooks.deliveries", "{delivery}", "Webhook delivery attempts, by outcome (delivered, retry, failed).");
    }

    public Meter Meter { get; }
    public Counter<long> Requests { get; }
    public Histogram<double> RequestDuration { get; }
    public Counter<long> ReportsAccepted { get; }
    public Counter<long> Findings { get; }
    public Counter<long> JobFailures { get; }
    public Counter<long> JobRetries { get; }
    public Counter<long> WebhookDeliveries { get; }

    public void ReportAccepted(FindingCounts findings)
    {
        ReportsAccepted.Add(1);
        if (findings.Errors > 0) Findings.Add(findings.Errors, new KeyValuePair<string, object?>("severity", "error"));
        if (findings.Warnings > 0) Findings.Add(findings.Warnings, new KeyValuePair<string, object?>("severity", "warning"));
        if (findings.Infos > 0) Findings.Add(findings.Infos, new KeyValuePair<string, object?>("severity", "info"));
    }
}

/// <summary>A use case's response that stored a report version: counted once the whole request has committed.</summary>
public interface IAcceptedReport
{
    /// <summary>The stored version's finding counts; null when nothing new was stored (a replay).</summary>
    FindingCounts? AcceptedFindings { get; }
}
