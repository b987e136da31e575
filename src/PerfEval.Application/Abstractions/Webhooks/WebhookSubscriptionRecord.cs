namespace PerfEval.Application.Abstractions;

/// <summary>A client's subscription. <see cref="RegionPrefix"/> (a region path + "%") limits it to agencies under a region; null = every agency.</summary>
public sealed record WebhookSubscriptionRecord(string Id, string OwnerKeyId, string? RegionPrefix, string Url, string ProtectedSecret, DateTimeOffset CreatedAt)
{
    private WebhookSubscriptionRecord() : this("", "", null, "", "", default) { }
}
