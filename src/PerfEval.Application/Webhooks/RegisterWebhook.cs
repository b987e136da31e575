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
public sealed record RegisterWebhook(string? Url, string? Secret, IReadOnlyList<string>? Events)
    : ICommand<CreatedWebhook>, IValidatable, ITransactional, IRequiresRole
{
    public const int MaxUrlLength = 2000;
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 200;

    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Reviewers;

    public IEnumerable<FieldError> Validate()
    {
        if (WebhookUrls.Problem(Url) is { } problem) yield return new("/url", problem);
        if (Secret is not null && (Secret.Length < MinSecretLength || Secret.Length > MaxSecretLength || Secret.Any(char.IsWhiteSpace)))
            yield return new("/secret", $"A secret has {MinSecretLength}-{MaxSecretLength} characters and no white space (omit it to have one generated).");
        if (Events is null || Events.Count == 0)
            yield return new("/events", $"At least one event is required: {string.Join(", ", WebhookEventTypes.All)}.");
        else
            for (var i = 0; i < Events.Count; i++)
                if (!WebhookEventTypes.All.Contains(Events[i]))
                    yield return new($"/events/{i}", $"Unknown event; use one of: {string.Join(", ", WebhookEventTypes.All)}.");
    }
}

public sealed class RegisterWebhookHandler(
    IWebhookSubscriptionRepository subscriptions, IWebhookSecretProtector secrets, IWebhookTargetPolicy targets, ICallerAccessor caller, IClock clock)
    : ICommandHandler<RegisterWebhook, CreatedWebhook>
{
    public async ValueTask<CreatedWebhook> Handle(RegisterWebhook command, CancellationToken cancellationToken)
    {
        var scope = caller.Require();
        if (!targets.AllowNonPublicTargets && NonPublicAddresses.IsNonPublicHost(new Uri(command.Url!)))
            throw new RequestValidationException([new("/url", "The host is this machine or a non-public network (loopback, private, link-local …); "
                + "webhook targets must be public addresses.")]);
        var secret = command.Secret ?? secrets.NewSecret();
        var events = command.Events!.Distinct().ToList();
        var record = new WebhookSubscriptionRecord("whk_" + Guid.NewGuid().ToString("N"), scope.KeyId!,
            scope.Role == CallerRole.Region ? scope.RegionPath + "%" : null, command.Url!, secrets.Protect(secret), clock.UtcNow);
        await subscriptions.InsertAsync(record, events, cancellationToken);
        return new CreatedWebhook(record.Id, record.Url, events, scope.RegionCode, record.CreatedAt, secret);
    }
}

public static class WebhookUrls
{
    /// <summary>Why a URL cannot be a webhook target, or null: absolute http(s), no credentials, no fragment.</summary>
    public static string? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "A URL is required.";
        if (url.Length > RegisterWebhook.MaxUrlLength) return $"At most {RegisterWebhook.MaxUrlLength} characters.";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "Must be an absolute URL.";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return "Only http and https URLs can receive webhooks.";
        if (uri.UserInfo.Length > 0) return "Credentials in the URL are not allowed; verify deliveries by their signature.";
        if (uri.Fragment.Length > 0) return "A URL with a fragment is not allowed.";
        return null;
    }
}
