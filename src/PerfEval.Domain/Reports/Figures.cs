namespace PerfEval.Domain.Reports;

/// <summary>
/// An amount of money as the report states it (金额). <see cref="Value"/> keeps the digits as written
/// (1092.90 stays 1092.90); <see cref="Unit"/> keeps the unit as written, even when it is evidently a slip
/// (衡山 2022 writes "2.74元" for 三公 where 万元 is meant).
/// </summary>
public sealed record Money
{
    /// <summary>数值. Null when the report states the item only in words ("无", "未说明").</summary>
    public decimal? Value { get; init; }

    /// <summary>单位: 元, 万元 or 亿元. Default 万元.</summary>
    public string Unit { get; init; } = MoneyUnits.TenThousandYuan;

    /// <summary>原文: the wording when it carries more than the number ("约九百余万元", "无").</summary>
    public string? Text { get; init; }

    /// <summary>限定: exact (default), approx (约), moreThan (余/以上), atLeast, atMost, lessThan.</summary>
    public string? Qualifier { get; init; }

    /// <summary>占比: the share the report states next to this amount ("占总支出的75.7%").</summary>
    public Share? Share { get; init; }

    /// <summary>再次陈述: the same amount stated again elsewhere in the report, possibly with another value.</summary>
    public IReadOnlyList<Restatement>? Restatements { get; init; }

    /// <summary>分项: JSON pointer of the stated total this amount is listed under ("项目支出130.16万元 … 1.…71.00万元").
    /// Amounts listed under one total in one section are an itemisation of it.</summary>
    public string? PartOf { get; init; }

    /// <summary>True when the amounts listed under this total are meant to be complete (they must then add up to it).</summary>
    public bool? PartsExhaustive { get; init; }

    /// <summary>章节 where this amount is stated, when an itemisation needs it ("二、（2）").</summary>
    public string? Section { get; init; }

    /// <summary>备注.</summary>
    public string? Note { get; init; }
}

/// <summary>A stated share (占比) in percent, e.g. 61.19 for "61.19%", always with the base (基数) the text names.</summary>
public sealed record Share
{
    /// <summary>百分比数值 as written (61.19 for "61.19%").</summary>
    public decimal? Value { get; init; }

    /// <summary>原文 ("占总收入61.19%").</summary>
    public string? Text { get; init; }

    /// <summary>占…的比: JSON pointer (relative to the document root) of the amount the text names as the base
    /// (required since schema 1.1; "占一般公共预算项目支出总额的26.3%" points at that 项目支出).</summary>
    public string? Of { get; init; }
}

/// <summary>A figure stated a second time in another section (e.g. 衡山 基本支出 827.32 in 一、 and 827.31 in 二、).</summary>
public sealed record Restatement
{
    /// <summary>数值 as written (decimal; digits kept).</summary>
    public decimal? Value { get; init; }
    /// <summary>单位 as written.</summary>
    public string Unit { get; init; } = MoneyUnits.TenThousandYuan;
    /// <summary>原文 as written.</summary>
    public string? Text { get; init; }
    /// <summary>章节: where the restatement appears ("二、（二）1").</summary>
    public string? Section { get; init; }
    /// <summary>占比 as stated.</summary>
    public Share? Share { get; init; }
    /// <summary>分项: JSON pointer of the total this restatement is listed under in its section (see <see cref="Money.PartOf"/>).</summary>
    public string? PartOf { get; init; }
}

/// <summary>A count, rate or other measured quantity (数量) with its unit as written (件, 人, 人次, %, ‰, 小时 …).</summary>
public sealed record Quantity
{
    /// <summary>数值 as written (decimal; digits kept).</summary>
    public decimal? Value { get; init; }
    /// <summary>单位 as written.</summary>
    public string? Unit { get; init; }
    /// <summary>原文 ("620余", "每周1次", "≥90%").</summary>
    public string? Text { get; init; }
    /// <summary>exact (default), approx (约), moreThan (余/以上/超过), atLeast (≥/不低于), atMost (≤/不高于), lessThan.</summary>
    public string? Qualifier { get; init; }
}

public static class MoneyUnits
{
    public const string Yuan = "元";
    public const string TenThousandYuan = "万元";
    public const string HundredMillionYuan = "亿元";
    public static readonly IReadOnlyList<string> All = [Yuan, TenThousandYuan, HundredMillionYuan];

    /// <summary>Converts a value written in <paramref name="unit"/> into 万元. Null for an unknown unit.</summary>
    public static decimal? ToTenThousandYuan(decimal value, string unit) => unit switch
    {
        Yuan => value / 10_000m,
        TenThousandYuan => value,
        HundredMillionYuan => value * 10_000m,
        _ => null,
    };
}

public static class Qualifiers
{
    public const string Exact = "exact";
    public const string Approx = "approx";
    public const string MoreThan = "moreThan";
    public const string AtLeast = "atLeast";
    public const string AtMost = "atMost";
    public const string LessThan = "lessThan";
    public static readonly IReadOnlyList<string> All = [Exact, Approx, MoreThan, AtLeast, AtMost, LessThan];
}
