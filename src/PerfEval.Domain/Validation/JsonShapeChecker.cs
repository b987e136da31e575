using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
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
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Member>> PropertyCache = new();

    private sealed record Member(Type Type, bool Nullable, bool Required);

    public static IReadOnlyList<FieldError> Check(JsonElement root, Type modelType)
    {
        var errors = new List<FieldError>();
        CheckValue(root, modelType, "", nullable: false, errors);
        return errors;
    }

    private static void CheckValue(JsonElement element, Type type, string pointer, bool nullable, List<FieldError> errors)
    {
        if (errors.Count >= MaxErrors) return;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null) { type = underlying; nullable = true; }

        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!nullable) errors.Add(new(pointer, "Must not be null."));
            return;
        }

        if (type == typeof(string))
        {
            if (element.ValueKind != JsonValueKind.String) errors.Add(new(pointer, "Must be a string."));
            else if (HasUnpairedSurrogateEscape(element.GetRawText())) errors.Add(new(pointer, "Text contains an unpaired UTF-16 surrogate escape."));
        }
        else if (type == typeof(decimal))
        {
            if (element.ValueKind != JsonValueKind.Number) errors.Add(new(pointer, "Must be a number."));
            else if (!element.TryGetDecimal(out _)) errors.Add(new(pointer, "Number is out of range for a decimal."));
        }
        else if (type == typeof(int))
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out _)) errors.Add(new(pointer, "Must be an integer."));
        }
        else if (type == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) errors.Add(new(pointer, "Must be true or false."));
        }
        else if (type == typeof(DateOnly))
        {
            if (element.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                errors.Add(new(pointer, "Must be a date in the form yyyy-MM-dd."));
        }
        else if (ListElementType(type) is { } itemType)
        {
            if (element.ValueKind != JsonValueKind.Array) { errors.Add(new(pointer, "Must be an array.")); return; }
            var index = 0;
            foreach (var item in element.EnumerateArray())
                CheckValue(item, itemType, JsonPointer.Append(pointer, index++), nullable: false, errors);
        }
        else
        {
            CheckObject(element, type, pointer, errors);
        }
    }

    private static void CheckObject(JsonElement element, Type type, string pointer, List<FieldError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object) { errors.Add(new(pointer, "Must be an object.")); return; }
        var properties = PropertiesOf(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPointer = JsonPointer.Append(pointer, member.Name);
            if (!seen.Add(member.Name)) { errors.Add(new(memberPointer, "Duplicate member.")); continue; }
            if (!properties.TryGetValue(member.Name, out var property))
            {
                errors.Add(new(memberPointer, "Unknown member (names are camelCase; see the report schema)."));
                continue;
            }
            CheckValue(member.Value, property.Type, memberPointer, property.Nullable, errors);
        }
        foreach (var (name, property) in properties)
        {
            if (property.Required && !seen.Contains(name)) errors.Add(new(JsonPointer.Append(pointer, name), "Required member is missing."));
        }
    }

    // NullabilityInfoContext is not thread-safe, so each type is described once, under GetOrAdd, with its own context.
    private static IReadOnlyDictionary<string, Member> PropertiesOf(Type type) =>
        PropertyCache.GetOrAdd(type, t =>
        {
            var nullability = new NullabilityInfoContext();
            return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
                .ToDictionary(
                    p => JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                    p => new Member(p.PropertyType, nullability.Create(p).WriteState != NullabilityState.NotNull, p.GetCustomAttribute<RequiredMemberAttribute>() is not null),
                    StringComparer.Ordinal);
        });

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
