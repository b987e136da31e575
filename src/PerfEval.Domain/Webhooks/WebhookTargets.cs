using PerfEval.Domain.Validation;
using System.Net;

namespace PerfEval.Domain.Webhooks;

/// <summary>What the classifier made of a webhook URL: the normalised URL, or why it is refused.</summary>
/// <param name="Url">The URL to store and call (lower-case scheme and host, no trailing dot, default port dropped).</param>
/// <param name="Malformed">Why the text is not an acceptable URL at all (always refused).</param>
/// <param name="NonPublic">Why the host is this machine or an internal network (refused unless the operator allows it).</param>
public sealed record WebhookTarget(string? Url, string? Malformed, string? NonPublic);

/// <summary>
/// The one classifier of webhook targets, used when a webhook is registered (on the URL) and again when a delivery
/// connects (on the host and every address it resolves to), so both judge every spelling of an address alike.
/// </summary>
public static class WebhookTargets
{
    public const int MaxUrlLength = 2000;

    /// <summary>Names that only resolve inside a site (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal) or by convention do.</summary>
    private static readonly string[] InternalSuffixes = ["localhost", "localdomain", "internal", "local", "home.arpa", "lan", "intranet", "corp"];

    public static WebhookTarget Classify(string? text)
    {
        if (string.IsNullOrEmpty(text)) return Refused("A URL is required.");
        if (text.Length > MaxUrlLength) return Refused($"At most {MaxUrlLength} characters.");
        // Uri quietly trims white space and drops tabs and line breaks; a target is taken only as written.
        if (HasInvisibleOrInvalidCharacter(text))
            return Refused("The URL must not contain spaces, control characters or invalid characters.");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return Refused("Must be an absolute URL.");
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return Refused("Only http and https URLs can receive webhooks.");
        if (uri.UserInfo.Length > 0) return Refused("Credentials in the URL are not allowed; verify deliveries by their signature.");
        if (uri.Fragment.Length > 0) return Refused("A URL with a fragment is not allowed.");
        if (uri.Port == 0) return Refused("Port 0 cannot receive connections.");

        var host = HostOf(uri);
        if (host.Length == 0) return Refused("The URL has no host.");
        var normalised = new UriBuilder(uri) { Scheme = uri.Scheme.ToLowerInvariant(), Host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : host }.Uri;
        return new WebhookTarget(normalised.AbsoluteUri, null, ClassifyHost(host));
    }

    /// <summary>Why a host (a name or an address literal) is non-public, or null. No DNS lookup.</summary>
    public static string? ClassifyHost(string host)
    {
        var name = host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(name, out var literal)) return NonPublicAddresses.Reason(literal);
        if (!name.Contains('.', StringComparison.Ordinal))
            return "a single-label name, which resolves through the server's own search domains";
        return InternalSuffixes.FirstOrDefault(suffix => name == suffix || name.EndsWith("." + suffix, StringComparison.Ordinal)) is { } internalSuffix
            ? $"an internal name (.{internalSuffix})"
            : null;
    }

    /// <summary>The host as DNS sees it: ASCII (punycode), lower case, no trailing dot; IPv6 without brackets.</summary>
    private static string HostOf(Uri uri) =>
        uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']').ToLowerInvariant()
        : uri.IdnHost.TrimEnd('.').ToLowerInvariant();

    private static bool HasInvisibleOrInvalidCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c) || TextPolicy.IsFormatOrNoncharacter(c)) return true;
        }
        return false;
    }

    private static WebhookTarget Refused(string why) => new(null, why, null);

    /// <summary>Text of a refused non-public target, for the 422 at registration.</summary>
    public static string NonPublicDetail(string reason) => $"The host is {reason}; webhook targets must be public.";
}
