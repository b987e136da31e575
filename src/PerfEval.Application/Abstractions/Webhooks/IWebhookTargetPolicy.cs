namespace PerfEval.Application.Abstractions;

/// <summary>Whether webhooks may target this machine and non-public networks (off in production; tests and local
/// development switch it on to use a receiver on loopback).</summary>
public interface IWebhookTargetPolicy
{
    bool AllowNonPublicTargets { get; }
}
