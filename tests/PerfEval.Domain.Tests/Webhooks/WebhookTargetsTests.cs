using PerfEval.Domain.Webhooks;

namespace PerfEval.Domain.Tests.Webhooks;

/// <summary>The one classifier of webhook targets: what it refuses as malformed, what as internal, and how it normalises.</summary>
public sealed class WebhookTargetsTests
{
    [Theory]
    [InlineData(" https://receiver.example/hook")]
    [InlineData("https://receiver.example/hook ")]
    [InlineData("https://receiver.example/ho ok")]
    [InlineData("https://receiver.example/hook\t")]
    [InlineData("https://recei\nver.example/hook")]
    [InlineData("https://receiver.example/\u0000hook")]
    [InlineData("https://receiver.example/\u0085hook")]
    [InlineData("https://receiver.example/\u202Ekooh")]
    [InlineData("https://receiver.example:0/hook")]
    [InlineData("ftp://receiver.example/hook")]
    [InlineData("https://user:pw@receiver.example/hook")]
    [InlineData("https://receiver.example/hook#part")]
    [InlineData("/relative/hook")]
    public void Malformed_urls_are_refused_whatever_the_operator_allows(string url)
    {
        var target = WebhookTargets.Classify(url);
        Assert.NotNull(target.Malformed);
        Assert.Null(target.Url);
    }

    [Theory]
    [InlineData("http://127.0.0.1./hook")]
    [InlineData("http://2130706433/hook")]
    [InlineData("http://0x7f.1/hook")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest")]
    [InlineData("http://[2002:a9fe:a9fe::1]/hook")]
    [InlineData("http://[::ffff:169.254.169.254]/hook")]
    [InlineData("http://metadata.google.internal/computeMetadata")]
    [InlineData("http://printer.local/hook")]
    [InlineData("http://nas.home.arpa/hook")]
    [InlineData("http://box.localdomain/hook")]
    [InlineData("http://LOCALHOST./hook")]
    [InlineData("http://wiki.corp/hook")]
    [InlineData("http://router.lan/hook")]
    [InlineData("http://portal.intranet/hook")]
    [InlineData("http://metadata/hook")]
    public void Hosts_inside_this_machine_or_a_site_are_non_public(string url)
    {
        var target = WebhookTargets.Classify(url);
        Assert.Null(target.Malformed);
        Assert.NotNull(target.NonPublic);
    }

    [Theory]
    [InlineData("HTTPS://Receiver.EXAMPLE./Hook?a=B", "https://receiver.example/Hook?a=B")]
    [InlineData("https://receiver.example:443/hook", "https://receiver.example/hook")]
    [InlineData("http://receiver.example:8080/hook", "http://receiver.example:8080/hook")]
    [InlineData("https://[2400:3200:0::1]/hook", "https://[2400:3200::1]/hook")]
    [InlineData("https://接收.example/hook", "https://xn--gzuu8a.example/hook")]
    public void Public_targets_are_stored_normalised(string url, string normalised)
    {
        var target = WebhookTargets.Classify(url);
        Assert.Null(target.Malformed);
        Assert.Null(target.NonPublic);
        Assert.Equal(normalised, target.Url);
    }

    [Theory]
    [InlineData("rebound.example", false)]
    [InlineData("rebound.example.", false)]
    [InlineData("api.internal", true)]
    [InlineData("[::1]", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    public void The_host_alone_is_judged_as_at_registration(string host, bool nonPublic) =>
        Assert.Equal(nonPublic, WebhookTargets.ClassifyHost(host) is not null);
}
