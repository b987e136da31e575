using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Reports;

/// <summary>A report's ETag is its version number, quoted ("3").</summary>
public static partial class ETags
{
    public static string For(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>If-Match: * (any current version).</summary>
    public const int AnyVersion = 0;

    /// <summary>An If-Match that names no version of ours (a weak tag, "02", another server's tag): it can only fail (412).</summary>
    public const int NoVersion = -1;

    /// <summary>
    /// Parses If-Match (RFC 9110 §13.1.1): null when absent, <see cref="AnyVersion"/> for "*", the version its one strong
    /// tag names, or <see cref="NoVersion"/>. Weak tags never match (If-Match compares strongly). A value that is not an
    /// entity-tag list, or a list naming two versions, is a 400.
    /// </summary>
    public static int? Parse(string? header)
    {
        if (header is null) return null;
        var value = header.Trim();
        if (value == "*") return AnyVersion;
        var tags = value.Split(',', StringSplitOptions.TrimEntries);
        if (value.Length == 0 || tags.Any(tag => !EntityTag().IsMatch(tag)))
            throw new BadRequestException("Malformed If-Match", "If-Match must be * or a list of quoted entity-tags, e.g. \"3\".", "If-Match");

        var versions = tags.Select(tag => CanonicalVersion().Match(tag)).Where(m => m.Success)
            .Select(m => int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : NoVersion)
            .Where(v => v > 0).Distinct().ToList();
        return versions.Count switch
        {
            0 => NoVersion,
            1 => versions[0],
            _ => throw new BadRequestException("Malformed If-Match", "If-Match names several versions; send the one version you read.", "If-Match"),
        };
    }

    /// <summary>entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.</summary>
    [GeneratedRegex(@"\A(?:W/)?""[\x21\x23-\x7E\x80-\uFFFF]*""\z")]
    private static partial Regex EntityTag();

    [GeneratedRegex(@"\A""([1-9][0-9]{0,9})""\z")]
    private static partial Regex CanonicalVersion();
}
