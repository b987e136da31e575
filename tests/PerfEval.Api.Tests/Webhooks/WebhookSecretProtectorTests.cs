using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PerfEval.Infrastructure.Webhooks;

namespace PerfEval.Api.Tests.Webhooks;

public sealed class WebhookSecretProtectorTests
{
    private static WebhookSecretProtector With(string? key) =>
        new(Options.Create(new WebhookOptions { SecretEncryptionKey = key }), NullLogger<WebhookSecretProtector>.Instance);

    [Fact]
    public void A_secret_is_stored_encrypted_differently_each_time_and_read_back_with_the_key()
    {
        var protector = With(WebhookTestSettings.EncryptionKey);
        var first = protector.Protect(WebhookTestSettings.Secret);
        var second = protector.Protect(WebhookTestSettings.Secret);
        Assert.StartsWith("aesgcm:", first);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain(WebhookTestSettings.Secret, first, StringComparison.Ordinal);
        Assert.Equal(WebhookTestSettings.Secret, protector.Unprotect(first));
        Assert.Equal(WebhookTestSettings.Secret, With(WebhookTestSettings.EncryptionKey).Unprotect(second));
    }

    [Fact]
    public void Another_key_cannot_read_it_and_a_key_that_is_not_32_bytes_is_refused()
    {
        var stored = With(WebhookTestSettings.EncryptionKey).Protect(WebhookTestSettings.Secret);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => With(Convert.ToBase64String(new byte[32])).Unprotect(stored));
        Assert.Throws<InvalidOperationException>(() => With("replace-with-base64-of-32-random-bytes"));
        Assert.Throws<InvalidOperationException>(() => With(Convert.ToBase64String(new byte[16])));
        Assert.Throws<InvalidOperationException>(() => With(null).Unprotect(stored));
    }
}
