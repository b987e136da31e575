namespace PerfEval.Application.Abstractions;

/// <summary>Makes and hashes API key secrets (the key store lives in infrastructure).</summary>
public interface IApiKeySecrets
{
    string NewKey();
    string Hash(string key);
}
