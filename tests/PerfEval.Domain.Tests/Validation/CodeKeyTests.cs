using PerfEval.Domain.Validation;

namespace PerfEval.Domain.Tests.Validation;

public sealed class CodeKeyTests
{
    [Theory]
    [InlineData("ABC", "abc")]
    [InlineData("ＡＢＣ", "abc")]
    [InlineData("ｈｓ－ｓｆｊ", "HS-SFJ")]
    [InlineData(" HS-SFJ\u3000", "hs-sfj")]
    [InlineData("①号", "1号")]
    [InlineData("\u212A1", "k1")]
    [InlineData("ΣΟΦ", "σοφ")]
    [InlineData("σος", "ΣΟΣ")]
    [InlineData("E\u0301-1", "é-1")]
    [InlineData("\u01C5A", "\u01C6a")]
    [InlineData("财政局-01", "财政局-０１")]
    public void Spellings_of_one_code_have_one_key(string a, string b)
    {
        Assert.True(CodeKey.Same(a, b), $"{CodeKey.Of(a)} ≠ {CodeKey.Of(b)}");
        Assert.Equal(CodeKey.Of(a), CodeKey.Of(CodeKey.Of(a)));
    }

    [Theory]
    [InlineData("ABC", "ABD")]
    [InlineData("A-B", "AB")]
    [InlineData("财政局", "财政厅")]
    [InlineData("1", "l")]
    [InlineData("O", "0")]
    public void Different_codes_keep_different_keys(string a, string b) => Assert.False(CodeKey.Same(a, b));
}
