using System.Text.Json.Nodes;

namespace PerfEval.Domain.DocumentImport;

/// <summary>Builds the draft JSON document pointer by pointer, creating the objects (and arrays, for numeric segments) on the way.</summary>
public sealed class DraftBuilder(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public JsonNode? Get(string pointer)
    {
        JsonNode? node = Root;
        foreach (var segment in Segments(pointer))
        {
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    public bool Has(string pointer) => Get(pointer) is not null;

    public void Set(string pointer, JsonNode value)
    {
        var segments = Segments(pointer);
        JsonNode parent = Root;
        for (var i = 0; i < segments.Count - 1; i++)
            parent = Child(parent, segments[i], IsIndex(segments[i + 1]));
        var last = segments[^1];
        switch (parent)
        {
            case JsonObject o: o[last] = value; break;
            case JsonArray a:
                var index = int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
                while (a.Count <= index) a.Add(new JsonObject());
                a[index] = value;
                break;
        }
    }

    /// <summary>Appends to the array at <paramref name="pointer"/> and returns the new element's pointer.</summary>
    public string Append(string pointer, JsonNode value)
    {
        if (Get(pointer) is not JsonArray array)
        {
            array = [];
            Set(pointer, array);
        }
        array.Add(value);
        return pointer + "/" + (array.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static JsonNode Child(JsonNode parent, string segment, bool arrayNext)
    {
        switch (parent)
        {
            case JsonObject o:
                if (o[segment] is { } existing) return existing;
                JsonNode created = arrayNext ? new JsonArray() : new JsonObject();
                o[segment] = created;
                return created;
            case JsonArray a:
                var index = int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture);
                while (a.Count <= index) a.Add(new JsonObject());
                return a[index]!;
            default:
                throw new InvalidOperationException("A draft pointer passes through a value.");
        }
    }

    private static bool IsIndex(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);

    private static List<string> Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
}
