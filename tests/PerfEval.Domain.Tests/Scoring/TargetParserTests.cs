using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Tests.Scoring;

public sealed class TargetParserTests
{
    [Theory]
    [InlineData("≥90%", ">=", "90", "%")]
    [InlineData("≤15%", "<=", "15", "%")]
    [InlineData("6场", "=", "6", "场")]
    [InlineData("800件", "=", "800", "件")]
    [InlineData("100%", "=", "100", "%")]
    [InlineData("不低于95%", ">=", "95", "%")]
    [InlineData("不高于15%", "<=", "15", "%")]
    [InlineData("20课时以上", ">=", "20", "课时")]
    [InlineData("1,200名", "=", "1200", "名")]
    [InlineData("98.5%", "=", "98.5", "%")]
    public void Numeric_targets_parse_into_operator_number_and_unit(string text, string op, string number, string unit)
    {
        var parsed = TargetParser.Parse(text);

        Assert.True(parsed.Parsed);
        Assert.Equal(op, parsed.Operator);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(unit, parsed.Unit);
    }

    [Theory]
    [InlineData("2022年底前")]
    [InlineData("有所提升")]
    [InlineData("完成")]
    [InlineData("提升")]
    [InlineData("")]
    [InlineData(null)]
    public void Deadlines_and_words_are_not_parsed(string? text)
    {
        Assert.False(TargetParser.Parse(text).Parsed);
    }

    [Fact]
    public void Less_or_equal_targets_are_negative_indicators()
    {
        Assert.True(TargetParser.Parse("≤15%").IsNegative);
        Assert.False(TargetParser.Parse("≥90%").IsNegative);
    }
}
