using System.Collections;
using System.Globalization;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

/// <summary>Enumerates every model object of a document with its JSON pointer, and resolves pointers back to objects.</summary>
public static class DocumentWalker
{
    private const string EqualityContract = "EqualityContract";

    /// <summary>Every model object (and every item of a list) in document order, the document itself first at "".
    /// Rules of one audit share one walk through <see cref="AuditContext.Walk"/>.</summary>
    public static IReadOnlyList<(object Node, string Pointer)> Walk(ReportDocument document)
    {
        var nodes = new List<(object Node, string Pointer)>(256);
        Collect(document, "", nodes);
        return nodes;
    }

    private static void Collect(object node, string pointer, List<(object Node, string Pointer)> nodes)
    {
        nodes.Add((node, pointer));
        if (node is IEnumerable list and not string)
        {
            var index = 0;
            foreach (var item in list)
            {
                if (item is not null) Collect(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture), nodes);
                index++;
            }
            return;
        }
        var type = node.GetType();
        if (type.Namespace != typeof(ReportDocument).Namespace) return;
        foreach (var property in ModelProperties.Of(type).References)
        {
            if (property.Name == EqualityContract) continue;
            var value = property.Get(node);
            if (value is null or string || value.GetType().IsValueType) continue;
            Collect(value, pointer + property.PointerSegment, nodes);
        }
    }

    /// <summary>The object a pointer names ("/finance/final/revenue/total"), or null.</summary>
    public static object? Resolve(ReportDocument document, string? pointer)
    {
        if (pointer is null || !pointer.StartsWith('/')) return null;
        object? current = document;
        var tokens = pointer.AsSpan(1);
        foreach (var range in tokens.Split('/'))
        {
            var token = tokens[range];
            current = current switch
            {
                null => null,
                IList list when int.TryParse(token, out var i) && i >= 0 && i < list.Count => list[i],
                IList => null,
                _ => ModelProperties.Of(current.GetType()).Find(token) is { Name: not EqualityContract } property ? property.Get(current) : null,
            };
            if (current is null) return null;
        }
        return current;
    }
}
