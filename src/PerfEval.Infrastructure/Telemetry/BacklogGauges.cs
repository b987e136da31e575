using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using PerfEval.Application.Telemetry;
using PerfEval.Infrastructure.Repositories;

namespace PerfEval.Infrastructure.Telemetry;

/// <summary>
/// Observable gauges of the derivation backlog by kind, read from the ledger when metrics are collected. One reading
/// serves every gauge of a collection (it is reused for a second); a kind seen once keeps reporting, as 0 when it has
/// nothing owed, so that its series does not vanish from dashboards.
/// </summary>
public sealed class BacklogGauges
{
    private static readonly TimeSpan Reuse = TimeSpan.FromSeconds(1);

    private readonly DerivationBacklog _backlog;
    private readonly TimeProvider _time;
    private readonly ILogger<BacklogGauges> _logger;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _kindsSeen = new(StringComparer.Ordinal);
    private IReadOnlyList<BacklogOfKind>? _last;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public BacklogGauges(PerfEvalTelemetry telemetry, DerivationBacklog backlog, TimeProvider time, ILogger<BacklogGauges> logger)
    {
        _backlog = backlog;
        _time = time;
        _logger = logger;
        telemetry.Meter.CreateObservableGauge("perfeval.derivations.backlog", ObserveBacklog, "{derivation}",
            "Derived results owed, by kind and state (pending, running).");
        telemetry.Meter.CreateObservableGauge("perfeval.derivations.oldest_pending_age", ObserveOldestAge, "s",
            "Seconds the longest-waiting owed derived result of a kind has been pending or running (0 when none is owed).");
    }

    private IEnumerable<Measurement<long>> ObserveBacklog()
    {
        var (rows, kinds) = Reading();
        foreach (var kind in kinds)
        {
            var row = rows.FirstOrDefault(r => r.Kind == kind);
            yield return new Measurement<long>(row?.Pending ?? 0, Tag("kind", kind), Tag("state", "pending"));
            yield return new Measurement<long>(row?.Running ?? 0, Tag("kind", kind), Tag("state", "running"));
        }
    }

    private IEnumerable<Measurement<double>> ObserveOldestAge()
    {
        var (rows, kinds) = Reading();
        var now = _time.GetUtcNow();
        foreach (var kind in kinds)
        {
            var row = rows.FirstOrDefault(r => r.Kind == kind);
            var age = row is null ? 0 : Math.Max(0, (now - row.OldestSince).TotalSeconds);
            yield return new Measurement<double>(age, Tag("kind", kind));
        }
    }

    private (IReadOnlyList<BacklogOfKind> Rows, IReadOnlyList<string> Kinds) Reading()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (now - _readAt >= Reuse)
            {
                try
                {
                    _last = _backlog.Read();
                }
                catch (Exception ex)
                {
                    // A scrape must not fail because the database is away (readiness reports that), nor show zeros then.
                    _logger.LogWarning(ex, "The derivation backlog could not be read for metrics");
                    _last = null;
                }
                _readAt = now;
                foreach (var row in _last ?? []) _kindsSeen.Add(row.Kind);
            }
            return _last is null ? ([], []) : (_last, _kindsSeen.Order(StringComparer.Ordinal).ToList());
        }
    }

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
