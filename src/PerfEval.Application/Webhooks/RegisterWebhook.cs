using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;
using PerfEval.Domain.Webhooks;

namespace PerfEval.Application.Webhooks;

/// <summary>
/// Registers a webhook for the caller's scope: an admin key hears about every agency, a region key about the agencies
/// of its region only. Without a secret one is generated; either way it is returned only in this response.
/// </summary>
public sealed record RegisterWebhook(string? Url, [property: FreeText(TextKind.Line)] string? Secret, IReadOnlyList<string>? Events)
    : ICommand<CreatedWebhook>, IValidatable, ITransactional, IRequiresRole
{
    public const int MaxUrlLength = WebhookTargets.MaxUrlLength;
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 200;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (WebhookTargets.Classify(Url).Malformed is { } problem) yield return new("/url", problem);
        if (Secret is not null && (Secret.Length < MinSecretLength || Secret.Length > MaxSecretLength || Secret.Any(char.IsWhiteSpace)))
            yield return new("/secret", $"A secret has {MinSecretLength}-{MaxSecretLength} characters and no white space (omit it to have one generated).");
        if (Events is null || Events.Count == 0)
            yield return new("/events", $"At least one event is required: {string.Join(", ", WebhookEventTypes.All)}.");
        else if (Events.Count > WebhookEventTypes.All.Count)
            yield return new("/events", $"At most {WebhookEventTypes.All.Count} events, each once.");
        else
            for (var i = 0; i < Events.Count; i++)
                if (!WebhookEventTypes.All.Contains(Events[i]))
                    yield return new($"/events/{i}", $"Unknown event; use one of: {string.Join(", ", WebhookEventTypes.All)}.");
                else if (Events.Take(i).Contains(Events[i]))
                    yield return new($"/events/{i}", "The event is listed twice.");
    }
}

public sealed class RegisterWebhookHandler(
    IWebhookSubscriptionRepository subscriptions, IWebhookSecretProtector secrets, IWebhookTargetPolicy targets, ICallerAccessor caller, IClock clock)
    : ICommandHandler<RegisterWebhook, CreatedWebhook>
{
    public async ValueTask<CreatedWebhook> Handle(RegisterWebhook command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        var target = WebhookTargets.Classify(command.Url);
        if (!targets.AllowNonPublicTargets && target.NonPublic is { } reason)
            throw new RequestValidationException([new("/url", WebhookTargets.NonPublicDetail(reason))]);
        var secret = command.Secret ?? secrets.NewSecret();
        var events = command.Events!.ToList();
        // The normalised URL is stored, so deliveries connect to the host exactly as it was classified.
        var record = new WebhookSubscriptionRecord("whk_" + Guid.NewGuid().ToString("N"), scope.KeyId!,
            scope.Role == CallerRole.Region ? scope.RegionPath + "%" : null, target.Url!, secrets.Protect(secret), clock.UtcNow);
        await subscriptions.InsertAsync(record, events, cancellationToken);
        return new CreatedWebhook(record.Id, record.Url, events, scope.RegionCode, record.CreatedAt, secret);
    }
}
