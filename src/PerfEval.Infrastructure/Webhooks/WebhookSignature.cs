using System.Security.Cryptography;
using System.Text;

namespace PerfEval.Infrastructure.Webhooks;

/// <summary>The signature receivers verify: hex HMAC-SHA256 with the subscription secret over "{timestamp}.{body}".</summary>
public static class WebhookSignature
{
    public const string DeliveryIdHeader = "PerfEval-Delivery-Id";
    public const string EventIdHeader = "PerfEval-Event-Id";
    public const string EventTypeHeader = "PerfEval-Event";
    public const string TimestampHeader = "PerfEval-Timestamp";
    public const string SignatureHeader = "PerfEval-Signature";

    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
