using System.Globalization;

namespace PerfEval.Api.Tests.Telemetry;

/// <summary>Reads samples from a Prometheus text exposition.</summary>
public static class PrometheusText
{
    /// <summary>The sum of the samples of <paramref name="metric"/> whose labels contain every one of <paramref name="labels"/> (e.g. severity="error").</summary>
    public static double Sum(string exposition, string metric, params string[] labels) =>
        Samples(exposition, metric).Where(s => labels.All(l => s.Labels.Contains(l, StringComparison.Ordinal))).Sum(s => s.Value);

    public static IEnumerable<(string Labels, double Value)> Samples(string exposition, string metric)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal)) continue;
            var rest = line[metric.Length..];
            if (rest.Length == 0 || (rest[0] != '{' && rest[0] != ' ')) continue; // another metric sharing the prefix
            var labels = rest[0] == '{' ? rest[..(rest.LastIndexOf("} ", StringComparison.Ordinal) + 1)] : ""; // label values may hold braces
            var parts = rest[labels.Length..].Trim().Split(' ');
            yield return (labels, double.Parse(parts[0], CultureInfo.InvariantCulture));
        }
    }
}
