namespace PerfEval.Application.Abstractions;

/// <summary>A delivery claimed for sending, with what is needed to send it.</summary>
public sealed record ClaimedWebhookDelivery(long Id, int Attempts, string EventId, string EventType, string Payload, string Url, string ProtectedSecret, DateTimeOffset? SubscriptionDeletedAt)
{
    private ClaimedWebhookDelivery() : this(0, 0, "", "", "", "", "", null) { }
}
