namespace PerfEval.Domain.Reports;

/// <summary>职能职责 and 机构设置.</summary>
public sealed record Organization
{
    /// <summary>主要职责 (one entry per numbered duty).</summary>
    public IReadOnlyList<string>? Functions { get; init; }
    /// <summary>主要职责条目数 as numbered in the report.</summary>
    public Quantity? DutyItemCount { get; init; }
    /// <summary>机构: 内设机构, 职能股室, 司法所, 行政机关, 事业单位 ….</summary>
    public IReadOnlyList<OrgUnitGroup>? Units { get; init; }
    /// <summary>概况 text.</summary>
    public string? Overview { get; init; }
}

/// <summary>A group of organisational units of one kind, with the count the report states.</summary>
public sealed record OrgUnitGroup
{
    /// <summary>internalUnit (内设机构), functionalUnit (职能股室), judicialOffice (司法所), administrativeBody (行政机关),
    /// publicInstitution (事业单位), other.</summary>
    public required string Kind { get; init; }
    /// <summary>名称 as written ("内设机构", "基层司法所").</summary>
    public string? Label { get; init; }
    /// <summary>个数 as stated.</summary>
    public Quantity? Count { get; init; }
    /// <summary>名称 as listed.</summary>
    public IReadOnlyList<string>? Names { get; init; }
}
