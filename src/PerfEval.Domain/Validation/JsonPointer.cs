using System.Text;

namespace PerfEval.Domain.Validation;

public static class JsonPointer
{
    /// <summary>Escapes one reference token per RFC 6901 (~ → ~0, / → ~1).</summary>
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Converts a System.Text.Json path ("$.finance.revenue['x'].items[2]") into a JSON pointer.</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "";
        var sb = new StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                sb.Append('/').Append(Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[')
            {
                if (i + 1 < path.Length && path[i + 1] == '\'')
                {
                    var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (end < 0) break;
                    sb.Append('/').Append(Escape(path[(i + 2)..end]));
                    i = end + 2;
                }
                else
                {
                    var end = path.IndexOf(']', i + 1);
                    if (end < 0) break;
                    sb.Append('/').Append(path[(i + 1)..end]);
                    i = end + 1;
                }
            }
            else
            {
                i++;
            }
        }
        return sb.ToString();
    }
}
