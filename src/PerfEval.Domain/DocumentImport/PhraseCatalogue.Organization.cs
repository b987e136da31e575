namespace PerfEval.Domain.DocumentImport;

public static partial class PhraseCatalogue
{
    /// <summary>
    /// Kinds of organisational unit a 基本情况 counts ("8个职能股室", "行政机关 1 个"): a count in 个 whose words before
    /// end with, or whose words after start with, one of these is a group of organization/units.
    /// </summary>
    public static readonly IReadOnlyList<(string Words, string Kind, string Seed)> OrgUnitKinds =
    [
        ("职能股室|股室|科室", "functionalUnit", "芦淞 2024 …和政工室8个职能股室"),
        ("基层司法所|司法所", "judicialOffice", "芦淞 2024 下辖…白关8个基层司法所"),
        ("行政机关", "administrativeBody", "鹿泉 2022 行政机关 1 个(石家庄市鹿泉区司法局)"),
        ("事业单位", "publicInstitution", "鹿泉 2022 事业单位(非参公) 1 个(鹿泉区法律援助中心)"),
    ];

    /// <summary>The paragraph that introduces the numbered list of 主要职责 ("(一)部门主要职责", "3.主要职能:", "主要职能：").</summary>
    public const string DutyListIntroduction = "职责|职能";

    /// <summary>A list of duties written inline: "主要职责是：一是…。二是…。…十是…".</summary>
    public const string InlineDutyList = "主要职责|主要职能";
}
