using System.Diagnostics;
using OpenTelemetry.Trace;

namespace PerfEval.Api.Telemetry;

/// <summary>
/// Keeps every trace that starts at an HTTP request, a job or a use case, and drops client spans that start a trace of
/// their own: the SQL of queue polling (Hangfire's storage, the ledger and outbox dispatchers, health checks), which
/// runs several times a second in every process and would bury the traces worth reading.
/// </summary>
public sealed class NoRootClientSpans : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == ActivityKind.Client ? new SamplingResult(SamplingDecision.Drop) : new SamplingResult(SamplingDecision.RecordAndSample);
}
