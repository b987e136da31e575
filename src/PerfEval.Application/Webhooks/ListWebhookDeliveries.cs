using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Webhooks;

/// <summary>The delivery log of one of the caller's subscriptions, newest first.</summary>
public sealed record ListWebhookDeliveries(string Id, int? Limit) : IQuery<WebhookDeliveryList>, IValidatable, IRequiresRole
{
    public const int MaxLimit = 500;
    public const int DefaultLimit = 100;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (Limit is < 1 or > MaxLimit) yield return new("/limit", $"Must be 1-{MaxLimit}.");
    }
}

public sealed class ListWebhookDeliveriesHandler(IWebhookSubscriptionRepository subscriptions, ICallerAccessor caller)
    : IQueryHandler<ListWebhookDeliveries, WebhookDeliveryList>
{
    public async ValueTask<WebhookDeliveryList> Handle(ListWebhookDeliveries query, CancellationToken cancellationToken)
    {
        var owner = caller.Require().KeyId!;
        if (await subscriptions.FindAsync(owner, query.Id, cancellationToken) is null)
            throw new NotFoundException($"Webhook {query.Id} was not found.");
        return new WebhookDeliveryList(await subscriptions.ListDeliveriesAsync(owner, query.Id, query.Limit ?? ListWebhookDeliveries.DefaultLimit, cancellationToken));
    }
}
