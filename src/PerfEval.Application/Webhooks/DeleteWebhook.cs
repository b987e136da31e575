using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Webhooks;

/// <summary>Deletes one of the caller's subscriptions; deliveries not yet sent are failed, the delivery log stays readable.</summary>
public sealed record DeleteWebhook(string Id) : ICommand<Unit>, ITransactional, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;
}

public sealed class DeleteWebhookHandler(IWebhookSubscriptionRepository subscriptions, ICallerAccessor caller, IClock clock) : ICommandHandler<DeleteWebhook, Unit>
{
    public async ValueTask<Unit> Handle(DeleteWebhook command, CancellationToken cancellationToken)
    {
        if (!await subscriptions.DeleteAsync(caller.Require().KeyId!, command.Id, clock.UtcNow, cancellationToken))
            throw new NotFoundException($"Webhook {command.Id} was not found.");
        return Unit.Value;
    }
}
