using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace PerfEval.Domain.Validation;

/// <summary>
/// Checks a JSON document against the shape of a model type and reports every mismatch at once (unknown member,
/// wrong JSON type, missing required member, number out of range), each with its JSON pointer. The serializer
/// alone stops at the first problem, which would make a client fix its document one field per round trip.
/// </summary>
public static partial class JsonShapeChecker
{
    private const int MaxErrors = 200;
    private const int MaxStackNameLength = 128;
    private static readonly ConcurrentDictionary<Type, TypeShape> ShapeCache = new();
    private static readonly ConcurrentDictionary<Type, ValueShape> ValueShapeCache = new();

    private enum ValueKind { Text, Decimal, Integer, Boolean, Date, List, Object }

    /// <summary>How a value of a declared type is checked, worked out once per type: <see cref="Type"/> is the type
    /// without <see cref="System.Nullable{T}"/>, <see cref="Item"/> the shape of a list's items.</summary>
    private sealed record ValueShape(ValueKind Kind, Type Type, bool Nullable, ValueShape? Item);

    /// <summary>A settable property as JSON sees it: <see cref="Segment"/> is its escaped pointer token with the leading "/".</summary>
    private sealed record Member(int Index, string Name, string Segment, ValueShape Value, bool Nullable, bool Required);

    /// <summary>The members of a type in reflection order, looked up by name without allocating it.</summary>
    private sealed class TypeShape
    {
        private readonly Dictionary<string, Member>.AlternateLookup<ReadOnlySpan<char>> byName;

        public TypeShape(Dictionary<string, Member> members)
        {
            Members = [.. members.Values];
            byName = members.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Member[] Members { get; }

        public Member? Find(ReadOnlySpan<char> name) => byName.TryGetValue(name, out var member) ? member : null;
    }

    public static IReadOnlyList<FieldError> Check(JsonElement root, Type modelType)
    {
        var errors = new List<FieldError>();
        CheckValue(root, ValueShapeOf(modelType), "", "", nullable: false, errors);
        return errors;
    }

    // The pointer is built only where it is used (an error, or a nested object or array): most values are fine.
    private static void CheckValue(JsonElement element, ValueShape shape, string parentPointer, string segment, bool nullable, List<FieldError> errors)
    {
        if (errors.Count >= MaxErrors) return;
        nullable |= shape.Nullable;

        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!nullable) errors.Add(new(parentPointer + segment, "Must not be null."));
            return;
        }

        if (shape.Kind == ValueKind.Text)
        {
            if (element.ValueKind != JsonValueKind.String) errors.Add(new(parentPointer + segment, "Must be a string."));
            else if (MayHaveUnicodeEscape(element) && HasUnpairedSurrogateEscape(element.GetRawText()))
                errors.Add(new(parentPointer + segment, "Text contains an unpaired UTF-16 surrogate escape."));
        }
        else if (shape.Kind == ValueKind.Decimal)
        {
            if (element.ValueKind != JsonValueKind.Number) errors.Add(new(parentPointer + segment, "Must be a number."));
            else if (!element.TryGetDecimal(out _)) errors.Add(new(parentPointer + segment, "Number is out of range for a decimal."));
        }
        else if (shape.Kind == ValueKind.Integer)
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out _)) errors.Add(new(parentPointer + segment, "Must be an integer."));
        }
        else if (shape.Kind == ValueKind.Boolean)
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) errors.Add(new(parentPointer + segment, "Must be true or false."));
        }
        else if (shape.Kind == ValueKind.Date)
        {
            if (element.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                errors.Add(new(parentPointer + segment, "Must be a date in the form yyyy-MM-dd."));
        }
        else if (shape.Item is { } itemShape)
        {
            var pointer = parentPointer + segment;
            if (element.ValueKind != JsonValueKind.Array) { errors.Add(new(pointer, "Must be an array.")); return; }
            var index = 0;
            foreach (var item in element.EnumerateArray())
                CheckValue(item, itemShape, JsonPointer.Append(pointer, index++), "", nullable: false, errors);
        }
        else
        {
            CheckObject(element, shape.Type, parentPointer + segment, errors);
        }
    }

    private static void CheckObject(JsonElement element, Type type, string pointer, List<FieldError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object) { errors.Add(new(pointer, "Must be an object.")); return; }
        var shape = ShapeOf(type);
        Span<bool> seen = shape.Members.Length <= 64 ? stackalloc bool[64] : new bool[shape.Members.Length];
        HashSet<string>? seenUnknown = null;
        foreach (var jsonMember in element.EnumerateObject())
        {
            if (Find(shape, jsonMember) is not { } member)
            {
                var name = jsonMember.Name;
                var memberPointer = JsonPointer.Append(pointer, name);
                if (!(seenUnknown ??= new(StringComparer.Ordinal)).Add(name)) errors.Add(new(memberPointer, "Duplicate member."));
                else errors.Add(new(memberPointer, "Unknown member (names are camelCase; see the report schema)."));
                continue;
            }
            if (seen[member.Index]) { errors.Add(new(pointer + member.Segment, "Duplicate member.")); continue; }
            seen[member.Index] = true;
            CheckValue(jsonMember.Value, member.Value, pointer, member.Segment, member.Nullable, errors);
        }
        foreach (var member in shape.Members)
        {
            if (member.Required && !seen[member.Index]) errors.Add(new(pointer + member.Segment, "Required member is missing."));
        }
    }

    /// <summary>The model member a JSON member names. Names without escapes are matched on their raw UTF-8 bytes,
    /// decoded on the stack, so the common case allocates no string.</summary>
    private static Member? Find(TypeShape shape, JsonProperty jsonMember)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(jsonMember);
        if (raw.Length > MaxStackNameLength || raw.Contains((byte)'\\')) return shape.Find(jsonMember.Name);
        Span<char> name = stackalloc char[MaxStackNameLength];
        return shape.Find(name[..Encoding.UTF8.GetChars(raw, name)]);
    }

    // NullabilityInfoContext is not thread-safe, so each type is described once, under GetOrAdd, with its own context.
    private static TypeShape ShapeOf(Type type) =>
        ShapeCache.GetOrAdd(type, t =>
        {
            var nullability = new NullabilityInfoContext();
            var index = 0;
            return new TypeShape(t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
                .ToDictionary(
                    p => JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                    p =>
                    {
                        var name = JsonNamingPolicy.CamelCase.ConvertName(p.Name);
                        return new Member(index++, name, JsonPointer.Append("", name), ValueShapeOf(p.PropertyType),
                            nullability.Create(p).WriteState != NullabilityState.NotNull, p.GetCustomAttribute<RequiredMemberAttribute>() is not null);
                    },
                    StringComparer.Ordinal));
        });

    private static ValueShape ValueShapeOf(Type declared) =>
        ValueShapeCache.GetOrAdd(declared, t =>
        {
            var type = Nullable.GetUnderlyingType(t) ?? t;
            var nullable = type != t;
            if (type == typeof(string)) return new(ValueKind.Text, type, nullable, null);
            if (type == typeof(decimal)) return new(ValueKind.Decimal, type, nullable, null);
            if (type == typeof(int)) return new(ValueKind.Integer, type, nullable, null);
            if (type == typeof(bool)) return new(ValueKind.Boolean, type, nullable, null);
            if (type == typeof(DateOnly)) return new(ValueKind.Date, type, nullable, null);
            if (ListElementType(type) is { } itemType) return new(ValueKind.List, type, nullable, ValueShapeOf(itemType));
            return new(ValueKind.Object, type, nullable, null);
        });

    /// <summary>True when the raw value holds "\u" (or "\U"), the only way an escaped surrogate can be written.</summary>
    private static bool MayHaveUnicodeEscape(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        return raw.IndexOf("\\u"u8) >= 0 || raw.IndexOf("\\U"u8) >= 0;
    }

    // The reader decodes an escaped lone surrogate ("\ud800") without complaint; stored verbatim it would poison every reader.
    private static bool HasUnpairedSurrogateEscape(string raw)
    {
        if (!raw.Contains("\\u", StringComparison.OrdinalIgnoreCase)) return false;
        return UnpairedSurrogate().IsMatch(raw);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial System.Text.RegularExpressions.Regex UnpairedSurrogate();

    private static Type? ListElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>)))
            return type.GetGenericArguments()[0];
        return null;
    }
}
