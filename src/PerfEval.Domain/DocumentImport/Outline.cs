using System.Text.RegularExpressions;

namespace PerfEval.Domain.DocumentImport;

/// <summary>The part of the report outline a paragraph belongs to; it decides which phrase rules may read its figures.</summary>
public enum SectionKind
{
    /// <summary>Before the first recognised heading (cover, preamble).</summary>
    Preamble,
    BasicInfo,
    Finance,
    GeneralPublicBudget,
    SanGong,
    ProjectFunds,
    OtherBudgets,
    Procurement,
    Assets,
    /// <summary>绩效目标 and 指标 as planned: their figures are targets, not outputs.</summary>
    Goals,
    Performance,
    Problems,
    Measures,
    SelfEvaluation,
    Publication,
}

/// <summary>A heading keyword and the section kind it opens, with the seed heading it was written for.</summary>
public sealed record HeadingKeyword(string Pattern, SectionKind Kind, string Seed);

/// <summary>
/// Locates the outline of a 部门整体支出绩效自评报告 by its headings: a numbering marker in any of the variants the seeds
/// use (一、 / （一） / (一) / 1、 / 1. / （1） / (1), optionally after Markdown # or **) on a paragraph that states no
/// figure. A heading opens the section its keywords name; one without a keyword stays in the enclosing section. The
/// outline of the 财政部 部门整体支出绩效自评报告 template (基本情况, 收支, 三公, 绩效, 问题, 措施, 自评结果, 公开) is the keyword list.
/// </summary>
public static partial class Outline
{
    /// <summary>First match wins, so the narrower keywords come first.</summary>
    public static readonly IReadOnlyList<HeadingKeyword> Keywords =
    [
        new("三公", SectionKind.SanGong, "零陵 2023 “三公经费”支出情况; 衡山 2022 3、\"三公\"经费执行情况"),
        new("存在的?问题|问题及原因", SectionKind.Problems, "衡山 2022 （一）存在的问题; 芦淞 2024 七、存在的问题及原因分析"),
        new("改进措施|整改|下一步|建议", SectionKind.Measures, "海珠 2022 四、下一步改进措施"),
        new("自评结果|自评结论|评价结论|自评得分|自评分", SectionKind.SelfEvaluation, "芦淞 2024 九、绩效自评结果拟应用和公开情况"),
        new("公开", SectionKind.Publication, "零陵 2023 绩效信息公开"),
        new("政府性基金|国有资本经营|社会保险基金", SectionKind.OtherBudgets, "零陵 2023 三、政府性基金预算支出情况"),
        new("政府采购", SectionKind.Procurement, "衡山 2022 4、政府采购执行情况"),
        new("资产", SectionKind.Assets, "衡山 2022 5、资产管理情况"),
        new("绩效目标实现|绩效目标、指标|年度各项绩效目标|绩效目标$|绩效指标$", SectionKind.Goals, "鹿泉 2022 （三）部门整体支出绩效目标、指标; 芦淞 2024 （二）部门（单位）年度各项绩效目标"),
        new("绩效情况|绩效目标完成|工作成效|主要工作|完成情况|产出|成效|工作开展", SectionKind.Performance, "零陵 2023 6、 部门整体支出绩效情况; 海珠 2022 （四）主要工作成效"),
        new("一般公共预算", SectionKind.GeneralPublicBudget, "零陵 2023 二、一般公共预算支出情况"),
        new("项目支出情况|项目经费|专项资金", SectionKind.ProjectFunds, "零陵 2023 （二）项目支出情况"),
        new("收支|预决算|预算|决算|支出规模|支出情况|收入情况", SectionKind.Finance, "鹿泉 2022 (二) 部门收支预决算情况"),
        new("基本情况|概况|职能|职责|机构设置|机构编制|机构情况|人员编制|人员情况|人员构成|组织机构", SectionKind.BasicInfo, "零陵 2023 一、部门（单位）基本情况"),
    ];

    /// <summary>The numbering marker of a heading, or null when the paragraph does not start with one.</summary>
    public static string? Numbering(string text)
    {
        var m = NumberingPattern().Match(text);
        return m.Success ? m.Groups["n"].Value : null;
    }

    /// <summary>A heading: a numbered (or Markdown #) paragraph of at most 60 characters that states no figure with a unit.</summary>
    public static bool IsHeading(string text, IReadOnlyList<WrittenNumber> numbers)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 60) return false;
        if (numbers.Any(n => n.Unit is not null)) return false;
        return trimmed.StartsWith('#') || Numbering(trimmed) is not null;
    }

    /// <summary>Outline level of a heading: Markdown # count, else 一、 1, （一） 2, 1、 / 1. 3, （1） 4.</summary>
    public static int Level(string heading)
    {
        var trimmed = heading.TrimStart();
        if (trimmed.StartsWith('#')) return trimmed.TakeWhile(c => c == '#').Count();
        var numbering = Numbering(trimmed);
        if (numbering is null) return 5;
        if (numbering.StartsWith('第') || numbering.EndsWith('、') && !char.IsAsciiDigit(numbering[0])) return 1;
        if (numbering[0] is '（' or '(') return char.IsAsciiDigit(numbering[1]) ? 4 : 2;
        return 3;
    }

    /// <summary>The section a heading opens, or null when no keyword names one (the heading stays in its section).</summary>
    public static SectionKind? KindOf(string heading)
    {
        foreach (var keyword in Keywords)
            if (Regex.IsMatch(heading, keyword.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                return keyword.Kind;
        return null;
    }

    [GeneratedRegex(@"^[#\s*]*(?<n>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]、?|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|第[一二三四五六七八九十]+[部分章节])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberingPattern();
}
