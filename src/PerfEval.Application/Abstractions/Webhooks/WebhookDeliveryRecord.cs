namespace PerfEval.Application.Abstractions;

/// <summary>One delivery as its subscriber sees it in the delivery log.</summary>
public sealed record WebhookDeliveryRecord(
    long Id,
    string EventId,
    string EventType,
    string AgencyId,
    int FiscalYear,
    string State,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset CreatedAt)
{
    private WebhookDeliveryRecord() : this(0, "", "", "", 0, "", 0, null, null, null, null, default) { }
}
