using System.Globalization;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Domain.Tests.Reports.SelfEvaluationSheets;

public sealed class SheetNumbersTests
{
    [Theory]
    [InlineData("265.57999999999998", "265.58")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("1092.90", "1092.90")]
    [InlineData("115", "115")]
    [InlineData("-85.850000000000009", "-85.85")]
    [InlineData("123456789012345678", "123456789012346000")]
    public void Stored_numbers_lose_binary_artefacts_and_keep_their_digits(string stored, string expected)
    {
        var number = SheetNumbers.FromStored(decimal.Parse(stored, NumberStyles.Float, CultureInfo.InvariantCulture));

        Assert.Equal(expected, number.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("115", "115")]
    [InlineData(" 1,092.90 ", "1092.90")]
    [InlineData("－3", "-3")]
    [InlineData("2.5", "2.5")]
    public void Digits_written_as_text_are_read_as_written(string text, string expected)
    {
        Assert.True(SheetNumbers.TryParseText(text, out var number));
        Assert.Equal(expected, number.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("五分")]
    [InlineData("1,09")]
    [InlineData("1e3")]
    [InlineData("115万元")]
    [InlineData("")]
    [InlineData("99999999999999999999999999999999")]
    public void Anything_else_is_not_a_number(string text)
    {
        Assert.False(SheetNumbers.TryParseText(text, out _));
    }

    [Theory]
    [InlineData("–", true)]
    [InlineData("—", true)]
    [InlineData(" / ", true)]
    [InlineData("无", true)]
    [InlineData("0", false)]
    [InlineData("空", false)]
    public void Dashes_slashes_and_wu_state_nothing(string text, bool nothing)
    {
        Assert.Equal(nothing, SheetNumbers.IsNothing(SheetCell.OfText(text)));
    }
}
