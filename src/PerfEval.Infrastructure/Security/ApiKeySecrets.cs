using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using PerfEval.Application.Abstractions;

namespace PerfEval.Infrastructure.Security;

/// <summary>
/// Keys are 256 random bits ("pe_" + base64url). Because they are random rather than chosen by people, a plain
/// SHA-256 is a sufficient at-rest hash; a slow password hash would add latency to every request for no gain.
/// </summary>
public sealed class ApiKeySecrets : IApiKeySecrets
{
    public const string Prefix = "pe_";

    public string NewKey() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
