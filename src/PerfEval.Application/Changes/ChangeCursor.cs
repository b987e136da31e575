using System.Buffers.Text;
using System.Globalization;
using System.Text;
using PerfEval.Application.Abstractions;

namespace PerfEval.Application.Changes;

/// <summary>Opaque cursor over the change feed: the (commit position, sequence) of the last change served.</summary>
public static class ChangeCursor
{
    private const string Prefix = "c1:";

    public static string Encode(FeedPosition position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{Prefix}{position.CommitPosition}:{position.Seq}")));

    public static bool TryDecode(string cursor, out FeedPosition position)
    {
        position = FeedPosition.Start;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (!text.StartsWith(Prefix, StringComparison.Ordinal)) return false;
            var parts = text[Prefix.Length..].Split(':');
            if (parts.Length != 2
                || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var commit)
                || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seq)) return false;
            position = new FeedPosition(commit, seq);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
