namespace PerfEval.Application.Abstractions;

/// <summary>One workflow transition as recorded in a report year's history (append-only).</summary>
public sealed record TransitionRecord(
    string AgencyId,
    int FiscalYear,
    int Seq,
    int Version,
    string Action,
    string? FromState,
    string ToState,
    string? Reason,
    bool WarningsAcknowledged,
    string? ActorKeyId,
    string? ActorName,
    DateTimeOffset At)
{
    private TransitionRecord() : this("", 0, 0, 0, "", null, "", null, false, null, null, default) { }
}
