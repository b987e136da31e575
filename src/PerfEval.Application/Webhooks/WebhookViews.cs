using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Webhooks;

/// <summary>A subscription as its owner sees it; the secret is shown only once, in <see cref="CreatedWebhook"/>.</summary>
public sealed record WebhookView(string Id, string Url, IReadOnlyList<string> Events, string? RegionCode, DateTimeOffset CreatedAt);

public sealed record CreatedWebhook(string Id, string Url, IReadOnlyList<string> Events, string? RegionCode, DateTimeOffset CreatedAt, string Secret);

public sealed record WebhookList(IReadOnlyList<WebhookView> Items);

public sealed record WebhookDeliveryList(IReadOnlyList<WebhookDeliveryRecord> Items);
