using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Domain.DocumentImport;

/// <summary>Which statement of the finances a label names: 年初预算, 决算, or 一般公共预算财政拨款.</summary>
public enum Stage
{
    Unstated,
    Budget,
    Final,
    GeneralPublicBudget,
}

/// <summary>
/// The words before a figure, cleaned for matching: <see cref="Raw"/> as written (from the clause start), <see cref="Core"/>
/// without spaces, quotes, brackets, Markdown, years (<see cref="Year"/>), stage words (<see cref="Stage"/>), 其中
/// (<see cref="IsPart"/>) and filler words (共, 全年, 为, 达到 …); <see cref="Decrease"/> when it says 减少/下降/节约.
/// </summary>
public sealed partial record PhraseLabel(string Raw, string Core, int? Year, Stage Stage, bool IsPart, bool Decrease)
{
    public static PhraseLabel Read(string raw)
    {
        var text = Noise().Replace(Brackets().Replace(raw, ""), "");
        var isPart = text.Contains("其中", StringComparison.Ordinal);
        text = text.Replace("其中", "", StringComparison.Ordinal);
        int? year = null;
        foreach (Match m in YearWords().Matches(text))
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        text = YearWords().Replace(text, "");

        var stage = Stage.Unstated;
        if (text.Contains("决算", StringComparison.Ordinal)) stage = Stage.Final;
        else if (GeneralPublicBudgetWords().IsMatch(text) && !GeneralPublicBudgetRevenue().IsMatch(text)) stage = Stage.GeneralPublicBudget;
        else if (text.Contains("预算", StringComparison.Ordinal) && !GeneralPublicBudgetWords().IsMatch(text)) stage = Stage.Budget;
        if (GeneralPublicBudgetWords().IsMatch(text) && !GeneralPublicBudgetRevenue().IsMatch(text)) text = GeneralPublicBudgetWords().Replace(text, "");
        else if (!GeneralPublicBudgetWords().IsMatch(text)) text = StageWords().Replace(text, "");

        var decrease = DecreaseWords().IsMatch(text);
        text = LeadingFiller().Replace(text, "");
        text = TrailingFiller().Replace(text, "");
        return new PhraseLabel(raw, text, year, stage, isPart, decrease);
    }

    [GeneratedRegex(@"[（(][^（()）]{0,40}[）)]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[\s\u3000*#“”""‘’'「」《》【】\[\]:：（）()A-Za-z_]")]
    private static partial Regex Noise();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})年(?:度|末|初|底)?")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"一般公共(?:预算)?财政拨款")]
    private static partial Regex GeneralPublicBudgetWords();

    /// <summary>"一般公共预算财政拨款收入" names a revenue line of its own, not a stage.</summary>
    [GeneratedRegex(@"一般公共(?:预算)?财政拨款(?:收入)?$")]
    private static partial Regex GeneralPublicBudgetRevenue();

    [GeneratedRegex(@"年初预算|预算数|决算数|预算|决算")]
    private static partial Regex StageWords();

    [GeneratedRegex(@"减少|下降|节约|减")]
    private static partial Regex DecreaseWords();

    [GeneratedRegex(@"^(?:截至|截止|当年|本年度?|全年|年度|年末|年未(?=实有)|年初|本单位|单位|本级|我局|本局|我单位|我部门|本部门|共计|共(?!有)|累计|合计|另外|此外|分别|及|和|与|并|为|、|，)+")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?:为|是|达到|达|约|了|有|的)+$")]
    private static partial Regex TrailingFiller();
}
