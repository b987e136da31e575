using System.Security.Cryptography;
using System.Text;

namespace PerfEval.Application.Dashboards;

/// <summary>
/// The set of metric keys a dashboard fact carries, stored once per distinct set and named by its hash: the facts of a
/// national year share a few dozen sets, so the metrics a ranking offers are read from those, not from every fact's JSON.
/// </summary>
public static class MetricKeySet
{
    private const char Separator = '\n';

    /// <summary>The set's id (a hash of its sorted keys) and its stored text (the sorted keys, one per line).</summary>
    public static (string Id, string Keys) Of(IEnumerable<string> keys)
    {
        var text = string.Join(Separator, keys.Order(StringComparer.Ordinal));
        return (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32], text);
    }

    public static IEnumerable<string> KeysOf(string text) => text.Length == 0 ? [] : text.Split(Separator);
}
