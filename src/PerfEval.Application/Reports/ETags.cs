using System.Globalization;

namespace PerfEval.Application.Reports;

/// <summary>A report's ETag is its version number, quoted ("3").</summary>
public static class ETags
{
    public static string For(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>If-Match: * (any current version).</summary>
    public const int AnyVersion = 0;

    /// <summary>Parses an If-Match value; null when absent, <see cref="AnyVersion"/> for "*", -1 when not a version ETag.</summary>
    public static int? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var value = header.Trim();
        if (value == "*") return AnyVersion;
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        value = value.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0 ? version : -1;
    }
}
