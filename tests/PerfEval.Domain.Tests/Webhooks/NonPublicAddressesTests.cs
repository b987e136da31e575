using System.Net;
using PerfEval.Domain.Webhooks;

namespace PerfEval.Domain.Tests.Webhooks;

public sealed class NonPublicAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.0.251")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("::8.8.8.8")]
    [InlineData("64:ff9b::8.8.8.8")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("64:ff9b:1::a00:1")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("2002:808:808::1")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2")]
    public void Loopback_private_link_local_and_special_addresses_are_not_public(string address) =>
        Assert.True(NonPublicAddresses.Contains(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("114.114.114.114")]
    [InlineData("2400:3200::1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2003::1")]
    public void Routable_addresses_are_public(string address) =>
        Assert.False(NonPublicAddresses.Contains(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://localhost/hook", true)]
    [InlineData("http://LOCALHOST./hook", true)]
    [InlineData("http://api.localhost:8080/hook", true)]
    [InlineData("http://127.0.0.1:9/hook", true)]
    [InlineData("http://[::1]:8080/hook", true)]
    [InlineData("http://169.254.169.254/latest/meta-data", true)]
    [InlineData("https://receiver.example/perfeval", false)]
    [InlineData("https://8.8.8.8/hook", false)]
    [InlineData("https://localhost.example.com/hook", false)]
    public void A_url_host_alone_says_whether_it_is_local(string url, bool nonPublic) =>
        Assert.Equal(nonPublic, WebhookTargets.Classify(url).NonPublic is not null);
}
