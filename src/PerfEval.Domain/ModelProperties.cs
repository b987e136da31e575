using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace PerfEval.Domain;

/// <summary>A public, non-indexed instance property with its camelCase JSON name and a getter.</summary>
internal sealed class ModelProperty
{
    public ModelProperty(PropertyInfo property)
    {
        Name = property.Name;
        JsonName = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        PointerSegment = "/" + JsonName;
        Type = property.PropertyType;
        Get = Getter(property);
    }

    public string Name { get; }

    /// <summary>The name as <see cref="JsonNamingPolicy.CamelCase"/> writes it.</summary>
    public string JsonName { get; }

    /// <summary>"/" + <see cref="JsonName"/>, appended to the owner's JSON pointer.</summary>
    public string PointerSegment { get; }

    public Type Type { get; }

    public Func<object, object?> Get { get; }

    /// <summary>A delegate bound to the getter: the walkers read every property of every report, and
    /// <see cref="PropertyInfo.GetValue(object)"/> costs several times as much. Getters a delegate of that shape cannot
    /// bind (value-type owners, open generics, by-ref-like or pointer results) keep reflection.</summary>
    private static Func<object, object?> Getter(PropertyInfo property)
    {
        if (property.GetMethod is null || property.DeclaringType is not { IsValueType: false, ContainsGenericParameters: false } owner
            || property.PropertyType.IsByRefLike || property.PropertyType.IsPointer)
            return property.GetValue;
        var typed = typeof(ModelProperty).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(owner, property.PropertyType);
        return (Func<object, object?>)typed.Invoke(null, [property.GetMethod])!;
    }

    private static Func<object, object?> TypedGetter<TOwner, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TOwner, TValue>>();
        return owner => get((TOwner)owner);
    }
}

/// <summary>The properties of a type, described once per type instead of on every call.</summary>
internal static class ModelProperties
{
    private static readonly ConcurrentDictionary<Type, ModelPropertySet> Cache = new();

    public static ModelPropertySet Of(Type type) => Cache.GetOrAdd(type, t => new ModelPropertySet(t));
}

/// <summary>A type's public, non-indexed instance properties in reflection order, and a lookup by JSON name.</summary>
internal sealed class ModelPropertySet
{
    private readonly Dictionary<string, ModelProperty> byJsonName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelProperty>.AlternateLookup<ReadOnlySpan<char>> byJsonNameSpan;

    public ModelPropertySet(Type type)
    {
        All = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => new ModelProperty(p))
            .ToArray();
        References = All.Where(p => !p.Type.IsValueType && p.Type != typeof(string)).ToArray();
        // The first property with a name wins, as a search in reflection order would find it.
        foreach (var property in All) byJsonName.TryAdd(property.JsonName, property);
        byJsonNameSpan = byJsonName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<ModelProperty> All { get; }

    /// <summary>The properties that can hold an object other than a string (neither value types nor strings).</summary>
    public IReadOnlyList<ModelProperty> References { get; }

    /// <summary>The first property whose camelCase name is <paramref name="jsonName"/>, or null.</summary>
    public ModelProperty? Find(ReadOnlySpan<char> jsonName) => byJsonNameSpan.TryGetValue(jsonName, out var property) ? property : null;
}
