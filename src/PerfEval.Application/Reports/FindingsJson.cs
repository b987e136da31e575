using System.Text.Json;
using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Reports;

public static class FindingsJson
{
    /// <summary>Counts stored findings by their "severity" member.</summary>
    public static FindingCounts Count(string? json)
    {
        if (string.IsNullOrEmpty(json)) return new(0, 0, 0);
        using var document = JsonDocument.Parse(json);
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in document.RootElement.EnumerateArray())
        {
            switch (finding.TryGetProperty("severity", out var severity) ? severity.GetString() : null)
            {
                case "error": errors++; break;
                case "warning": warnings++; break;
                default: infos++; break;
            }
        }
        return new(errors, warnings, infos);
    }
}
