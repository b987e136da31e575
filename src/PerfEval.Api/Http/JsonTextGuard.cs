using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Domain.Validation;

namespace PerfEval.Api.Http;

/// <summary>
/// One pass over a well-formed body, before anything decodes its member names: a name or string holding an escaped
/// unpaired surrogate ("\ud800") cannot become .NET text (decoding it throws), and member names are echoed in
/// error pointers, so they must be short, printable text. The first offender is reported with its JSON pointer
/// (a bad name with the pointer of its object, since the name itself cannot be written back).
/// </summary>
public static partial class JsonTextGuard
{
    public const int MaxMemberNameLength = 200;

    private sealed class Container(bool isArray, string pointer)
    {
        public bool IsArray { get; } = isArray;
        public string Pointer { get; } = pointer;
        public int NextIndex { get; set; }
    }

    public static FieldError? FindFirstProblem(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var containers = new List<Container>();
        string? memberName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var at = containers[^1].Pointer;
                    if (NameProblem(ref reader) is { } problem) return new FieldError(at, problem);
                    memberName = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    containers.Add(new Container(reader.TokenType == JsonTokenType.StartArray, ValuePointer(containers, memberName)));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.RemoveAt(containers.Count - 1);
                    break;
                case JsonTokenType.String:
                    var pointer = ValuePointer(containers, memberName);
                    if (reader.ValueIsEscaped && HasUnpairedSurrogateEscape(reader.ValueSpan))
                        return new FieldError(pointer, "Text contains an escaped unpaired UTF-16 surrogate; it is not Unicode text.");
                    break;
                default:
                    ValuePointer(containers, memberName);
                    break;
            }
        }
        return null;
    }

    /// <summary>The pointer of the value being read; advances the index when the value is an array item.</summary>
    private static string ValuePointer(List<Container> containers, string? memberName)
    {
        if (containers.Count == 0) return "";
        var parent = containers[^1];
        if (!parent.IsArray) return JsonPointer.Append(parent.Pointer, memberName ?? "");
        return parent.Pointer + "/" + (parent.NextIndex++).ToString(CultureInfo.InvariantCulture);
    }

    private static string? NameProblem(ref Utf8JsonReader reader)
    {
        // An escaped character takes at most 6 bytes ("\u00e9"), a UTF-8 one at most 4: longer raw text cannot be short enough.
        if (reader.ValueSpan.Length > MaxMemberNameLength * 6) return $"A member name is longer than {MaxMemberNameLength} characters.";
        if (reader.ValueIsEscaped && HasUnpairedSurrogateEscape(reader.ValueSpan))
            return "A member name contains an escaped unpaired UTF-16 surrogate; it is not Unicode text.";
        var name = reader.GetString()!;
        if (name.Length > MaxMemberNameLength) return $"A member name is longer than {MaxMemberNameLength} characters.";
        if (name.Any(char.IsControl)) return "A member name contains control characters.";
        return null;
    }

    private static bool HasUnpairedSurrogateEscape(ReadOnlySpan<byte> raw) => UnpairedSurrogate().IsMatch(Encoding.UTF8.GetString(raw));

    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial Regex UnpairedSurrogate();
}
