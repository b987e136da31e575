using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Webhooks;

/// <summary>The caller's own subscriptions (registered with the same key), without their secrets.</summary>
public sealed record ListWebhooks : IQuery<WebhookList>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;
}

public sealed class ListWebhooksHandler(IWebhookSubscriptionRepository subscriptions, ICallerAccessor caller) : IQueryHandler<ListWebhooks, WebhookList>
{
    public async ValueTask<WebhookList> Handle(ListWebhooks query, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var records = await subscriptions.ListAsync(scope.KeyId!, cancellationToken);
        var events = (await subscriptions.ListEventsAsync(scope.KeyId!, cancellationToken)).ToLookup(e => e.SubscriptionId, e => e.EventType);
        return new WebhookList(records.Select(r => new WebhookView(r.Id, r.Url, events[r.Id].Order(StringComparer.Ordinal).ToList(), scope.RegionCode, r.CreatedAt)).ToList());
    }
}
