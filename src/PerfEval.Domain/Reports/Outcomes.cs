namespace PerfEval.Domain.Reports;

/// <summary>
/// A typed metric: a business output (产出) or another stated fact. <see cref="Key"/> is a stable English
/// camelCase name (see the metric catalogue in openapi/report-v1.md); <see cref="Label"/> keeps the Chinese label.
/// The same key may appear more than once with different <see cref="Scope"/> or <see cref="Section"/>.
/// </summary>
public sealed record Metric
{
    /// <summary>Stable English camelCase key (e.g. mediationCases).</summary>
    public required string Key { get; init; }
    /// <summary>名称 as written.</summary>
    public string? Label { get; init; }
    /// <summary>数值 as written (decimal; digits kept).</summary>
    public decimal? Value { get; init; }
    /// <summary>单位 as written (件, 人, 人次, 宗, %, ‰, 万元 …).</summary>
    public string? Unit { get; init; }
    /// <summary>原文 when the value is words or carries a qualifier ("620余", "一等奖", "每周1次").</summary>
    public string? Text { get; init; }
    /// <summary>exact (default), approx, moreThan, atLeast, atMost, lessThan.</summary>
    public string? Qualifier { get; init; }
    /// <summary>口径 (e.g. "全区", "本局", "全市"); two statements of one key compare only within one scope.</summary>
    public string? Scope { get; init; }
    /// <summary>截至日期 when stated.</summary>
    public string? AsOf { get; init; }
    /// <summary>章节 where it is stated ("六（一）").</summary>
    public string? Section { get; init; }
    /// <summary>Key of the total this metric is a part of ("其中 …").</summary>
    public string? PartOf { get; init; }
    /// <summary>Key of the count this rate or share (unit %) is taken of: its 分母 / 基数 as the text names it.</summary>
    public string? Of { get; init; }
    /// <summary>Key of the count this rate or share (unit %) measures: its 分子.</summary>
    public string? Numerator { get; init; }
    /// <summary>True when the parts listed under this total are meant to be exhaustive.</summary>
    public bool? PartsExhaustive { get; init; }
    /// <summary>Whether the figure is a target (目标) rather than an achievement.</summary>
    public bool? IsTarget { get; init; }
    /// <summary>备注.</summary>
    public string? Note { get; init; }
}

/// <summary>存在的问题 and its 原因.</summary>
public sealed record Problem
{
    /// <summary>标题 / 问题概括.</summary>
    public string? Title { get; init; }
    /// <summary>问题描述.</summary>
    public required string Description { get; init; }
    /// <summary>原因分析.</summary>
    public string? Cause { get; init; }
}

/// <summary>自评结果.</summary>
public sealed record SelfEvaluation
{
    /// <summary>自评分.</summary>
    public decimal? Score { get; init; }
    /// <summary>满分 (default 100).</summary>
    public decimal? FullMarks { get; init; }
    /// <summary>等级 as written (优, 优秀, 良 …).</summary>
    public string? Grade { get; init; }
    /// <summary>原文 of the conclusion ("部门整体自评分为98分").</summary>
    public string? Statement { get; init; }
    /// <summary>自评覆盖率 (%).</summary>
    public Quantity? Coverage { get; init; }
    /// <summary>自评涉及资金.</summary>
    public Money? CoveredFunds { get; init; }
    /// <summary>评价工作组 members when listed.</summary>
    public IReadOnlyList<string>? Team { get; init; }
}

/// <summary>公开情况.</summary>
public sealed record Publication
{
    /// <summary>publishedStandalone, publishedWithFinalAccounts, planned, notStated.</summary>
    public string Status { get; init; } = PublicationStatuses.NotStated;
    /// <summary>原文.</summary>
    public string? Statement { get; init; }
    /// <summary>公开渠道 (网站, 政府信息公开专栏).</summary>
    public string? Channel { get; init; }
    /// <summary>公开日期 when stated.</summary>
    public DateOnly? Date { get; init; }
}

public static class PublicationStatuses
{
    public const string PublishedStandalone = "publishedStandalone";
    public const string PublishedWithFinalAccounts = "publishedWithFinalAccounts";
    public const string Planned = "planned";
    public const string NotStated = "notStated";
    public static readonly IReadOnlyList<string> All = [PublishedStandalone, PublishedWithFinalAccounts, Planned, NotStated];
}
