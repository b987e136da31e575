using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Webhooks;

/// <summary>
/// Subscription secrets must be readable by the server (it signs with them), so they are encrypted rather than hashed:
/// AES-256-GCM with the configured key, stored as "aesgcm:" + base64(nonce | tag | ciphertext).
/// </summary>
public sealed class WebhookSecretProtector : IWebhookSecretProtector
{
    private const string EncryptedPrefix = "aesgcm:";
    private const string PlainPrefix = "plain:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[]? _key;

    public WebhookSecretProtector(IOptions<WebhookOptions> options, ILogger<WebhookSecretProtector> logger)
    {
        var configured = options.Value.SecretEncryptionKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            logger.LogWarning("No {Setting}: webhook secrets are stored unencrypted", "PerfEval:Webhooks:SecretEncryptionKey");
            return;
        }
        var key = new byte[32];
        if (!Convert.TryFromBase64String(configured, key, out var length) || length != key.Length)
            throw new InvalidOperationException("PerfEval:Webhooks:SecretEncryptionKey must be base64 of 32 bytes (openssl rand -base64 32).");
        _key = key;
    }

    public string NewSecret() => "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret)
    {
        if (_key is null) return PlainPrefix + secret;
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize));
        return EncryptedPrefix + Convert.ToBase64String(sealedBytes);
    }

    public string Unprotect(string protectedSecret)
    {
        if (protectedSecret.StartsWith(PlainPrefix, StringComparison.Ordinal)) return protectedSecret[PlainPrefix.Length..];
        if (!protectedSecret.StartsWith(EncryptedPrefix, StringComparison.Ordinal)) throw new InvalidOperationException("Unknown webhook secret format.");
        if (_key is null) throw new InvalidOperationException("A webhook secret is encrypted but no PerfEval:Webhooks:SecretEncryptionKey is configured.");
        var sealedBytes = Convert.FromBase64String(protectedSecret[EncryptedPrefix.Length..]);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
