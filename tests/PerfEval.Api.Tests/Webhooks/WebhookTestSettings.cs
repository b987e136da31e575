namespace PerfEval.Api.Tests.Webhooks;

/// <summary>Settings that make deliveries and their retries fast enough for tests, and encrypt secrets at rest.</summary>
public static class WebhookTestSettings
{
    public const string EncryptionKey = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho=";

    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["PerfEval:Webhooks:SecretEncryptionKey"] = EncryptionKey,
        ["PerfEval:Webhooks:AllowNonPublicTargets"] = "true", // the receivers listen on loopback
        ["PerfEval:Webhooks:RetryBaseDelayMs"] = "300",
        ["PerfEval:Webhooks:DispatchIntervalMs"] = "100",
        ["PerfEval:Webhooks:TimeoutSeconds"] = "5",
    };

    /// <summary>The same settings as environment variables, for worker processes.</summary>
    public static Dictionary<string, string> AsEnvironment() => Values.ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);

    public const string Secret = "receiver-shared-secret-0123456789";

    /// <summary>A report whose 决算 total differs from its parts: an error finding (PE-ID-001).</summary>
    public static string ReportWithErrors(int year) =>
        "{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"测试单位\"},\"fiscalYear\":" + year
        + ",\"finance\":{\"final\":{\"expenditure\":{\"total\":{\"value\":100},\"basic\":{\"value\":60},\"project\":{\"value\":30}}}}}";
}
