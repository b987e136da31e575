using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Domain.Tests.Reports.SelfEvaluationSheets;

public sealed class CellAddressTests
{
    [Theory]
    [InlineData("A1", 1, 1)]
    [InlineData("G14", 14, 7)]
    [InlineData("z9", 9, 26)]
    [InlineData("AA10", 10, 27)]
    [InlineData("XFD1048576", 1048576, 16384)]
    public void Addresses_parse_and_print_the_spreadsheet_way(string text, int row, int column)
    {
        Assert.True(CellAddress.TryParse(text, out var address));
        Assert.Equal(new CellAddress(row, column), address);
        Assert.Equal(text.ToUpperInvariant(), address.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1A")]
    [InlineData("A0")]
    [InlineData("XFE1")]
    [InlineData("A-1")]
    [InlineData("A1B")]
    public void Anything_else_is_not_an_address(string text)
    {
        Assert.False(CellAddress.TryParse(text, out _));
    }

    [Fact]
    public void Ranges_are_normalised_to_top_left_and_bottom_right()
    {
        Assert.True(CellRange.TryParse("C5:A1", out var range));
        Assert.Equal("A1:C5", range.ToString());
        Assert.True(range.Contains(3, 2));
        Assert.False(range.Contains(6, 1));
    }
}
