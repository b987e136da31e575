namespace PerfEval.Application.Abstractions;

/// <summary>What happened when a claimed delivery was sent.</summary>
public sealed record WebhookDeliveryOutcome(long Id, string State, int? StatusCode, string? Error, DateTimeOffset DueAt, DateTimeOffset? DeliveredAt);
