namespace PerfEval.Application.Abstractions;

/// <summary>Keeps subscription secrets encrypted at rest; the server needs them back to sign deliveries.</summary>
public interface IWebhookSecretProtector
{
    string NewSecret();
    string Protect(string secret);
    string Unprotect(string protectedSecret);
}
