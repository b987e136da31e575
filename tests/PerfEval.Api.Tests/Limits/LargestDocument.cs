using System.Globalization;
using System.Text;
using PerfEval.Domain.Validation;

namespace PerfEval.Api.Tests.Limits;

/// <summary>
/// The most work one PUT can ask for within the limits: every list at its item cap with items that each rule must
/// relate to the others (itemised amounts under one total, restatements, metrics under one total, rates of one base,
/// one key with many values), padded with text to close to the 2 MiB body limit.
/// </summary>
public static class LargestDocument
{
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    private static readonly string Padding = new('注', 200);

    public static string Build(int fiscalYear, string regionCode)
    {
        const int items = ReportDocumentValidator.MaxItems;
        var json = new StringBuilder(MaxBodyBytes);
        json.Append(CultureInfo.InvariantCulture, $$"""{"schemaVersion":"1.1","agency":{"name":"最大单位","regionCode":"{{regionCode}}"},"fiscalYear":{{fiscalYear}},""");
        json.Append("""
            "finance":{"final":{"expenditure":{"total":{"value":1000.00},"basic":{"value":500.00},"project":{"value":500.00}}}},
            """);
        json.Append("\"projects\":[");
        for (var i = 0; i < items; i++)
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $$"""{"name":"p{{i}}","executed":{"value":0.{{i % 97 + 1}},"partOf":"/finance/final/expenditure/project","restatements":[{"value":0.{{i % 89 + 1}},"partOf":"/finance/final/expenditure/project"}""").Append("]}}");
        json.Append("],\"outputs\":[{\"key\":\"total\",\"value\":5000}");
        for (var i = 1; i < items; i++)
            json.Append(CultureInfo.InvariantCulture, $$""",{"key":"cases","value":{{i}},"partOf":"total","note":"{{Padding}}"}""");
        json.Append("],\"otherFacts\":[");
        for (var i = 0; i < items; i++)
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"key":"rate{{i % 7}}","value":{{i % 100}}.5,"unit":"%","of":"total","numerator":"cases"}""");
        json.Append("]}");
        return json.ToString();
    }
}
