using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PerfEval.Domain.Agencies;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Validation;

/// <summary>
/// Structural rules that JSON types alone cannot express (allowed units, code formats, year range). A report that
/// breaks one of these is rejected with 422; arithmetic inconsistencies are not checked here: they are findings.
/// </summary>
public static partial class ReportDocumentValidator
{
    public const int MinFiscalYear = 1990;
    public const int MaxFiscalYear = 2100;
    public const int MaxTextLength = 20_000;

    /// <summary>Longest list anywhere in a document (a real report lists a few hundred items at most).</summary>
    public const int MaxItems = 2_000;

    /// <summary>Digits before the point: 10^15 万元 is beyond any budget, and keeps 亿元 conversion, sums and ratios inside decimal.</summary>
    public const int MaxIntegerDigits = 15;

    /// <summary>Digits after the point: with <see cref="MaxIntegerDigits"/>, every ratio and percentage of two figures fits a decimal.</summary>
    public const int MaxDecimalPlaces = 6;

    private static readonly decimal MaxMagnitude = 1_000_000_000_000_000m;

    public static IReadOnlyList<FieldError> Validate(ReportDocument document) => Validate(document, requireShareBase: true);

    /// <summary>Validates a document; <paramref name="requireShareBase"/> is false only for documents upgraded from schema 1.0.</summary>
    public static IReadOnlyList<FieldError> Validate(ReportDocument document, bool requireShareBase)
    {
        var errors = new List<FieldError>();
        if (document.SchemaVersion != ReportDocument.CurrentSchemaVersion)
            errors.Add(new("/schemaVersion", $"Unsupported schema version '{document.SchemaVersion}'; expected one of: {string.Join(", ", SchemaUpgrade.Accepted)}."));
        if (document.FiscalYear is < MinFiscalYear or > MaxFiscalYear)
            errors.Add(new("/fiscalYear", $"Fiscal year must be between {MinFiscalYear} and {MaxFiscalYear}."));
        if (string.IsNullOrWhiteSpace(document.Agency.Name))
            errors.Add(new("/agency/name", "Agency name must not be empty."));
        if (document.Agency.RegionCode is { } region && !RegionCodeFormat().IsMatch(region))
            errors.Add(new("/agency/regionCode", "Region code must be 6 digits (GB/T 2260)."));
        if (document.Agency.CreditCode is { } credit && !CreditCode.IsValid(credit))
            errors.Add(new("/agency/creditCode", "Not a valid 统一社会信用代码 (GB 32100 check character or characters)."));
        if (document.Publication is { } pub && !PublicationStatuses.All.Contains(pub.Status))
            errors.Add(new("/publication/status", $"Status must be one of: {string.Join(", ", PublicationStatuses.All)}."));
        Walk(document, "", errors, 0, requireShareBase);
        return errors;
    }

    private static void Walk(object? node, string pointer, List<FieldError> errors, int depth, bool requireShareBase)
    {
        if (node is null || depth > MaxDepth) return;
        switch (node)
        {
            case decimal number:
                if (Math.Abs(number) >= MaxMagnitude || number.Scale > MaxDecimalPlaces)
                    errors.Add(new(pointer, $"Number must have at most {MaxIntegerDigits} digits before and {MaxDecimalPlaces} after the decimal point."));
                return;
            case ICollection { Count: > MaxItems } list:
                errors.Add(new(pointer, $"List has {list.Count} items; at most {MaxItems} are accepted."));
                return;
            case string text:
                CheckText(text, new(pointer), errors);
                return;
            case Money money:
                if (!MoneyUnits.All.Contains(money.Unit))
                    errors.Add(new(pointer + "/unit", $"Money unit must be one of: {string.Join(", ", MoneyUnits.All)}."));
                CheckQualifier(money.Qualifier, pointer, errors);
                CheckPointer(money.PartOf, pointer + "/partOf", errors);
                break;
            case Share share:
                if (share.Of is null && requireShareBase)
                    errors.Add(new(pointer + "/of", "A share must name its base: the JSON pointer of the amount the text says it is a share of."));
                CheckPointer(share.Of, pointer + "/of", errors);
                break;
            case Restatement restatement:
                if (!MoneyUnits.All.Contains(restatement.Unit))
                    errors.Add(new(pointer + "/unit", $"Money unit must be one of: {string.Join(", ", MoneyUnits.All)}."));
                CheckPointer(restatement.PartOf, pointer + "/partOf", errors);
                break;
            case Quantity quantity:
                CheckQualifier(quantity.Qualifier, pointer, errors);
                break;
            case Metric metric:
                if (!MetricKeyFormat().IsMatch(metric.Key))
                    errors.Add(new(pointer + "/key", "Metric key must be camelCase ASCII letters and digits (e.g. mediationCases)."));
                foreach (var (name, key) in new[] { ("partOf", metric.PartOf), ("of", metric.Of), ("numerator", metric.Numerator) })
                    if (key is not null && !MetricKeyFormat().IsMatch(key))
                        errors.Add(new(pointer + "/" + name, name + " must be a metric key."));
                CheckQualifier(metric.Qualifier, pointer, errors);
                break;
            case StatedValue stated when stated.Operator is { } op && !Operators.Contains(op):
                errors.Add(new(pointer + "/operator", "Operator must be one of >=, <=, >, <, =."));
                break;
            case IndicatorTable table when table.Subject is { } subject && subject is not ("project" or "department"):
                errors.Add(new(pointer + "/subject", "Subject must be 'project' or 'department'."));
                break;
        }

        // Texts are checked in place, so a pointer is built for a text only when it has an error.
        if (node is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is string text) { if (depth + 1 <= MaxDepth) CheckText(text, new(pointer, index), errors); }
                else Walk(item, JsonPointer.Append(pointer, index), errors, depth + 1, requireShareBase);
                index++;
            }
            return;
        }

        var type = node.GetType();
        if (type.Namespace != typeof(ReportDocument).Namespace) return;
        foreach (var (property, segment) in WalkedProperties(type))
        {
            var value = property.Get(node);
            if (value is string text) { if (depth + 1 <= MaxDepth) CheckText(text, new(pointer, segment), errors); }
            else if (value is not null) Walk(value, pointer + segment, errors, depth + 1, requireShareBase);
        }
    }

    private const int MaxDepth = 16;

    private static readonly ConcurrentDictionary<Type, (ModelProperty Property, string Segment)[]> WalkedPropertyCache = new();

    /// <summary>The properties the walk descends into, with their pointer segments ("/" + name, first letter lowered).
    /// Value-type properties other than numbers are left out: flags and dates have nothing to validate here.</summary>
    private static (ModelProperty Property, string Segment)[] WalkedProperties(Type type) =>
        WalkedPropertyCache.GetOrAdd(type, t => ModelProperties.Of(t).All
            .Where(p => !p.Type.IsValueType || p.Type == typeof(decimal) || p.Type == typeof(decimal?))
            .Select(p => (p, JsonPointer.Append("", char.ToLowerInvariant(p.Name[0]) + p.Name[1..])))
            .ToArray());

    private static void CheckText(string text, TextPointer pointer, List<FieldError> errors)
    {
        if (text.Length > MaxTextLength) errors.Add(new(pointer.ToString(), $"Text longer than {MaxTextLength} characters."));
        if (!IsCleanText(text)) errors.Add(new(pointer.ToString(), "Text contains control characters, bidirectional overrides, noncharacters or invalid UTF-16 (lone surrogates)."));
    }

    /// <summary>Where a text is: its parent's pointer and either a member segment or a list index, joined on demand.</summary>
    private readonly record struct TextPointer(string Parent, string? Segment = null, int Index = -1)
    {
        public TextPointer(string parent, int index) : this(parent, null, index) { }

        public override string ToString() => Segment is not null ? Parent + Segment : Index >= 0 ? JsonPointer.Append(Parent, Index) : Parent;
    }

    /// <summary>Text that keeps the free-text policy for multi-line fields (<see cref="TextPolicy"/>).</summary>
    public static bool IsCleanText(string text) => text.AsSpan().IndexOfAny(Suspect) < 0 || TextPolicy.Problem(text, TextKind.Lines) is null;

    /// <summary>Every character the policy may object to; most texts contain none and pass in one vectorised scan.</summary>
    private static readonly SearchValues<char> Suspect = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => char.IsSurrogate(c) || TextPolicy.IsFormatOrNoncharacter(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))).ToArray());

    private static void CheckQualifier(string? qualifier, string pointer, List<FieldError> errors)
    {
        if (qualifier is not null && !Qualifiers.All.Contains(qualifier))
            errors.Add(new(pointer + "/qualifier", $"Qualifier must be one of: {string.Join(", ", Qualifiers.All)}."));
    }

    private static void CheckPointer(string? value, string pointer, List<FieldError> errors)
    {
        if (value is not null && !value.StartsWith('/'))
            errors.Add(new(pointer, "Must be a JSON pointer from the document root (e.g. /finance/final/expenditure/total)."));
    }

    private static readonly string[] Operators = [">=", "<=", ">", "<", "="];

    [GeneratedRegex(@"\A[0-9]{6}\z")]
    private static partial Regex RegionCodeFormat();

    [GeneratedRegex(@"\A[a-z][A-Za-z0-9]{0,79}\z")]
    private static partial Regex MetricKeyFormat();
}
