using System.Collections;
using System.Reflection;
using System.Text.Json;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

/// <summary>Enumerates every model object of a document with its JSON pointer, and resolves pointers back to objects.</summary>
public static class DocumentWalker
{
    public static IEnumerable<(object Node, string Pointer)> Walk(ReportDocument document) => Walk(document, "");

    private static IEnumerable<(object Node, string Pointer)> Walk(object node, string pointer)
    {
        yield return (node, pointer);
        if (node is IEnumerable list and not string)
        {
            var index = 0;
            foreach (var item in list)
            {
                if (item is not null)
                    foreach (var child in Walk(item, $"{pointer}/{index}")) yield return child;
                index++;
            }
            yield break;
        }
        if (node.GetType().Namespace != typeof(ReportDocument).Namespace) yield break;
        foreach (var property in Properties(node.GetType()))
        {
            var value = property.GetValue(node);
            if (value is null or string || value.GetType().IsValueType) continue;
            foreach (var child in Walk(value, pointer + "/" + JsonNamingPolicy.CamelCase.ConvertName(property.Name))) yield return child;
        }
    }

    /// <summary>The object a pointer names ("/finance/final/revenue/total"), or null.</summary>
    public static object? Resolve(ReportDocument document, string? pointer)
    {
        if (pointer is null || !pointer.StartsWith('/')) return null;
        object? current = document;
        foreach (var token in pointer[1..].Split('/'))
        {
            current = current switch
            {
                null => null,
                IList list when int.TryParse(token, out var i) && i >= 0 && i < list.Count => list[i],
                IList => null,
                _ => Properties(current.GetType()).FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == token)?.GetValue(current),
            };
        }
        return current;
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
}
