using PerfEval.Domain.Agencies;

namespace PerfEval.Domain.Tests.Agencies;

public sealed class CreditCodeTests
{
    [Fact]
    public void The_published_test_vector_gets_check_character_3()
    {
        Assert.Equal('3', CreditCode.CheckCharacter("91350100M000100Y4"));
        Assert.True(CreditCode.IsValid("91350100M000100Y43"));
    }

    [Theory]
    [InlineData("91350100M000100Y4Z")]
    [InlineData("91350100M000100Y42")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("91350100I000100Y43")]
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_length_alphabet_or_check_character_is_invalid(string? code)
    {
        Assert.False(CreditCode.IsValid(code));
    }

    [Fact]
    public void A_remainder_of_zero_maps_31_to_0()
    {
        // Search a prefix whose weighted sum is a multiple of 31: its check character must be '0', not out of range.
        var prefix = Enumerable.Range(0, 31).Select(i => "11431102MB1" + "0123456789ABCDEFGHJKLMNPQRTUWXY"[i] + "00000").First(p => CreditCode.CheckCharacter(p) == '0');
        Assert.True(CreditCode.IsValid(prefix + "0"));
    }
}
