using System.Text.Json;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Tests.Validation;

public sealed class ReportParserTests
{
    private static ParseOutcome Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ReportParser.Parse(document.RootElement);
    }

    [Fact]
    public void A_minimal_document_parses_and_keeps_decimal_digits()
    {
        var outcome = Parse("""{"schemaVersion":"1.0","agency":{"name":"衡山县司法局"},"fiscalYear":2022,"finance":{"final":{"revenue":{"total":{"value":1092.90}}}}}""");

        Assert.True(outcome.Succeeded);
        var total = outcome.Document!.Finance!.Final!.Revenue!.Total!;
        Assert.Equal(1092.90m, total.Value);
        Assert.Equal(2, decimal.GetBits(total.Value!.Value)[3] >> 16 & 0xFF);
        Assert.Equal("万元", total.Unit);
    }

    [Fact]
    public void Every_shape_error_is_reported_with_its_pointer()
    {
        var outcome = Parse("""{"agency":{"name":1,"extra":true},"fiscalYear":"x","outputs":[{"key":"a","value":"1"}],"problems":{}}""");

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            ["/agency/extra", "/agency/name", "/fiscalYear", "/outputs/0/value", "/problems", "/schemaVersion"],
            outcome.Errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Structural_rules_report_units_qualifiers_and_codes()
    {
        var outcome = Parse("""
            {"schemaVersion":"1.0","agency":{"name":" ","regionCode":"43"},"fiscalYear":1800,
             "sanGong":{"actual":{"total":{"value":2.74,"unit":"元","qualifier":"about"}}},
             "outputs":[{"key":"Bad Key"}],
             "indicatorTables":[{"subject":"team","indicators":[{"level1":"产出指标","target":{"text":"≥90%","operator":"≈"}}]}]}
            """);

        Assert.Equal(
            ["/agency/name", "/agency/regionCode", "/fiscalYear", "/indicatorTables/0/indicators/0/target/operator", "/indicatorTables/0/subject",
             "/outputs/0/key", "/sanGong/actual/total/qualifier"],
            outcome.Errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_unit_slip_is_representable_as_written()
    {
        var outcome = Parse("""{"schemaVersion":"1.0","agency":{"name":"衡山县司法局"},"fiscalYear":2022,"sanGong":{"actual":{"total":{"value":2.74,"unit":"元"}}}}""");

        Assert.True(outcome.Succeeded);
        Assert.Equal("元", outcome.Document!.SanGong!.Actual!.Total!.Unit);
    }

    [Fact]
    public void Null_for_a_required_member_and_a_bad_date_are_rejected()
    {
        var outcome = Parse("""{"schemaVersion":"1.0","agency":null,"fiscalYear":2022,"reportDate":"2023-02-30"}""");

        Assert.Equal(["/agency", "/reportDate"], outcome.Errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
    }
}

public sealed class TextHygieneTests
{
    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"\\ud800\"},\"fiscalYear\":2022}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"\\udc00x\"},\"fiscalYear\":2022}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"a\\u0000b\"},\"fiscalYear\":2022}")]
    public void Control_characters_and_lone_surrogates_are_rejected_at_their_pointer(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);

        var outcome = PerfEval.Domain.Reports.ReportParser.Parse(document.RootElement);

        Assert.Equal(["/agency/name"], outcome.Errors.Select(e => e.Pointer));
    }

    [Fact]
    public void A_surrogate_pair_and_line_breaks_are_fine()
    {
        using var document = System.Text.Json.JsonDocument.Parse("{\"schemaVersion\":\"1.0\",\"agency\":{\"name\":\"\\ud840\\udc00 司法局\\n\"},\"fiscalYear\":2022}");

        Assert.True(PerfEval.Domain.Reports.ReportParser.Parse(document.RootElement).Succeeded);
    }
}
