namespace PerfEval.Application.Abstractions;

/// <summary>An event of the outbox. <see cref="EventKey"/> says which change raised it: the same change never raises a second event.</summary>
public sealed record NewWebhookEvent(string Id, string EventKey, string Type, string AgencyId, int FiscalYear, int Version, string Payload, DateTimeOffset OccurredAt,
    bool RecordWithoutSubscribers);
