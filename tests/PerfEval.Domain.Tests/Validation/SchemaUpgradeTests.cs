using System.Text.Json;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Tests.Validation;

/// <summary>Documents stored as schema 1.0 stay as sent and are upgraded to 1.1 when read.</summary>
public sealed class SchemaUpgradeTests
{
    private static ParseOutcome Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ReportParser.Parse(document.RootElement);
    }

    [Fact]
    public void A_1_0_bare_project_share_becomes_a_share_of_project_expenditure()
    {
        var outcome = Parse("""
            {"schemaVersion":"1.0","agency":{"name":"鹿泉区司法局"},"fiscalYear":2022,
             "finance":{"final":{"expenditure":{"project":{"value":477.37}}}},
             "projectFunds":{"actualExpenditure":{"value":477.37},"shareOfProjectExpenditure":{"value":26.3,"unit":"%","text":"占一般公共预算项目支出总额的 26.3%"}}}
            """);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Pointer + " " + e.Message)));
        var share = outcome.Document!.ProjectFunds!.ShareOfProjectExpenditure!;
        Assert.Equal(26.3m, share.Value);
        Assert.Equal("/finance/final/expenditure/project", share.Of);
        Assert.Equal(ReportDocument.CurrentSchemaVersion, outcome.Document.SchemaVersion);
    }

    [Fact]
    public void A_1_0_line_share_without_a_base_is_read_as_a_share_of_its_statement_total()
    {
        var outcome = Parse("""
            {"schemaVersion":"1.0","agency":{"name":"x"},"fiscalYear":2022,
             "finance":{"final":{"expenditure":{"total":{"value":100.00},"basic":{"value":75.70,"share":{"value":75.7},"restatements":[{"value":75.70,"share":{"value":75.7}}]}}}}}
            """);

        Assert.True(outcome.Succeeded);
        var basic = outcome.Document!.Finance!.Final!.Expenditure!.Basic!;
        Assert.Equal("/finance/final/expenditure/total", basic.Share!.Of);
        Assert.Equal("/finance/final/expenditure/total", basic.Restatements![0].Share!.Of);
        Assert.Equal(75.70m, basic.Value);
        Assert.Equal(2, decimal.GetBits(basic.Value!.Value)[3] >> 16 & 0xFF);
    }

    [Fact]
    public void A_1_0_share_elsewhere_without_a_base_is_still_accepted()
    {
        var outcome = Parse("""{"schemaVersion":"1.0","agency":{"name":"x"},"fiscalYear":2022,"selfEvaluation":{"coveredFunds":{"value":3622.4,"share":{"value":100}}}}""");

        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public void A_1_1_share_must_name_its_base()
    {
        var outcome = Parse("""{"schemaVersion":"1.1","agency":{"name":"x"},"fiscalYear":2022,"selfEvaluation":{"coveredFunds":{"value":3622.4,"share":{"value":100}}}}""");

        Assert.Equal(["/selfEvaluation/coveredFunds/share/of"], outcome.Errors.Select(e => e.Pointer));
    }

    [Fact]
    public void Pointers_and_keys_in_the_new_fields_are_checked()
    {
        var outcome = Parse("""
            {"schemaVersion":"1.1","agency":{"name":"x"},"fiscalYear":2022,
             "finance":{"final":{"expenditure":{"project":{"value":1,"partOf":"finance/final"}}}},
             "outputs":[{"key":"share","unit":"%","of":"Bad Key","numerator":"ok"}]}
            """);

        Assert.Equal(["/finance/final/expenditure/project/partOf", "/outputs/0/of"], outcome.Errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_schema_version_is_rejected()
    {
        var outcome = Parse("""{"schemaVersion":"2.0","agency":{"name":"x"},"fiscalYear":2022}""");

        Assert.Equal(["/schemaVersion"], outcome.Errors.Select(e => e.Pointer));
    }
}
