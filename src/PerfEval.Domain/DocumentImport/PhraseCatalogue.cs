namespace PerfEval.Domain.DocumentImport;

/// <summary>Which numbers a rule reads: amounts (万元/元/亿元), counts (人/个/件 …), percentages, or scores (分).</summary>
public enum FigureClass
{
    Money,
    Count,
    Percent,
    Score,
}

/// <summary>
/// One phrase of the catalogue: a figure of <see cref="Class"/> whose label (the words before it in its clause, with
/// years, stage words and 其中 taken off, see <see cref="PhraseLabel"/>) matches <see cref="Label"/> fills
/// <see cref="Pointer"/>. Pointer placeholders: {stage} budget / final / generalPublicBudget from the label or the
/// paragraph; {sanGong} budget / actual / priorYearBudget / priorYearActual from the label's stage and year; {difference}
/// revenueDifference or expenditureDifference after the total the sentence last stated. <see cref="Sections"/> limits the
/// rule to parts of the outline (null: anywhere). <see cref="Seed"/> quotes the seed report phrasing it was written for.
/// </summary>
public sealed record PhraseRule(string Name, FigureClass Class, string Label, string Pointer, string Seed, IReadOnlyList<SectionKind>? Sections = null)
{
    /// <summary>A signed change (比上年增加/减少): the value is negated when the label says 减少/下降/节约.</summary>
    public bool Signed { get; init; }

    /// <summary>A looser statement of the figure (项目支出 beside 实际支出): a later statement by a rule without this flag
    /// takes the pointer and this one becomes its restatement.</summary>
    public bool Loose { get; init; }
}

/// <summary>
/// The phrase catalogue: every figure the importer places, as data. Order matters: the first rule whose class, section
/// and label match wins, so narrower labels come first. Labels are anchored regular expressions over the cleaned label.
/// </summary>
public static partial class PhraseCatalogue
{
    private static readonly SectionKind[] Basic = [SectionKind.Preamble, SectionKind.BasicInfo, SectionKind.Finance];
    private static readonly SectionKind[] NotOtherBudgets =
    [
        SectionKind.Preamble, SectionKind.BasicInfo, SectionKind.Finance, SectionKind.GeneralPublicBudget, SectionKind.SanGong,
        SectionKind.ProjectFunds, SectionKind.Procurement, SectionKind.Assets, SectionKind.Performance, SectionKind.SelfEvaluation,
    ];

    /// <summary>Where a bare 收入 / 支出 / 资金 is the department's total rather than a project's.</summary>
    private static readonly SectionKind[] FinanceSections = [SectionKind.Preamble, SectionKind.BasicInfo, SectionKind.Finance, SectionKind.GeneralPublicBudget];

    public static readonly IReadOnlyList<PhraseRule> Rules =
    [
        // 人员编制 and 机构 (基本情况).
        new("internalUnits", FigureClass.Count, "^内设机构(?:为|共|有)?$", "/organization/units/0/count", "零陵 2023 本单位内设机构为11个", Basic),
        new("staffInService", FigureClass.Count, "^在职(?:人员|实有人员|人数|实有人数)?$", "/staffing/inService", "零陵 2023 其中：在职人员88人; 鹿泉 2022 年末在职实有人员 45 人", Basic),
        new("staffActual", FigureClass.Count, "^(?:实有人数|实有人员|共有人员|年末实有人数|年未实有人数|现有人员)$", "/staffing/actualTotal", "零陵 2023 实有人数117人; 衡山 2022 共有人员73人; 芦淞 2024 年未实有人数30人", Basic),
        new("staffRetiredTotal", FigureClass.Count, "^(?:政法编)?离退休(?:人员)?$", "/staffing/retiredTotal", "鹿泉 2022 其中政法编离退休人员 22 人", Basic),
        new("staffRetired", FigureClass.Count, "^退休(?:人员)?$", "/staffing/retired", "零陵 2023 退休人员29人; 衡山 2022 退休16人", Basic),
        new("staffRetiredCadres", FigureClass.Count, "^离休(?:人员)?$", "/staffing/retiredCadres", "鹿泉 2022 离休 1 人", Basic),
        new("staffSurvivors", FigureClass.Count, "^遗属(?:人员)?$", "/staffing/survivors", "鹿泉 2022 遗属人员 2 人", Basic),
        new("staffContract", FigureClass.Count, "^(?:政府雇员|编外人员|聘用人员)$", "/staffing/contractStaff", "芦淞 2024 政府雇员1人", Basic),
        new("quotaAdministrative", FigureClass.Count, "^(?:均为)?行政编制$", "/staffing/quotaAdministrative", "衡山 2022 其中行政编制46个; 芦淞 2024 (under 年度各项绩效目标) 根据编办核定，行政编制31人", [.. Basic, SectionKind.Goals]),
        new("quotaPoliticalLegal", FigureClass.Count, "^(?:均为)?政法编制$", "/staffing/quotaPoliticalLegal", "鹿泉 2022 均为政法编制 42 人", Basic),
        new("quotaInstitution", FigureClass.Count, "^事业(?:单位)?编制(?:编制)?$", "/staffing/quotaInstitution", "衡山 2022 事业编制16个; 鹿泉 2022 事业单位编制(非参公) 编制 11 人", Basic),
        new("quotaTotal", FigureClass.Count, "^(?:共有|核定)?编制(?:人数)?(?:总计|合计|共|数)?$", "/staffing/quotaTotal", "衡山 2022 2022年共有编制62个; 鹿泉 2022 编制人数总计 42 人", Basic),

        // “三公”经费: totals by stage and year, parts after the total the paragraph last stated, the change from the prior year.
        new("sanGongTotal", FigureClass.Money, "^三公经费(?:支出|合计|总额|数)*$", "/sanGong/{sanGong}/total", "零陵 2023 2022年“三公经费”支出10.77万元; 衡山 2022 \"三公\"经费预算数3万元"),
        new("sanGongAbroad", FigureClass.Money, "^因公出国(?:境)?费$", "/sanGong/{sanGong}/abroad", "衡山 2022 因公出国(境)费0万元", [SectionKind.SanGong]),
        new("sanGongVehicle", FigureClass.Money, "^公务用车购置及运行(?:维护)?费$", "/sanGong/{sanGong}/vehicle", "衡山 2022 公务用车购置及运行维护费2万元", [SectionKind.SanGong]),
        new("sanGongVehicleOperation", FigureClass.Money, "^公务用车运行(?:维护)?费$", "/sanGong/{sanGong}/vehicleOperation", "衡山 2022 公务用车运行维护费1.95万元", [SectionKind.SanGong]),
        new("sanGongVehiclePurchase", FigureClass.Money, "^公务用车购置费$", "/sanGong/{sanGong}/vehiclePurchase", "公务用车购置费 (财政部 三公经费 口径)", [SectionKind.SanGong]),
        new("sanGongReception", FigureClass.Money, "^公务接待费$", "/sanGong/{sanGong}/reception", "衡山 2022 公务接待费0.79万元", [SectionKind.SanGong]),
        new("sanGongChange", FigureClass.Money, "^(?:比上年|较上年|同比)(?:增加|减少|下降|增长|节约|减)$", "/sanGong/changeFromPriorYear", "零陵 2023 比上年减少1.22万元", [SectionKind.SanGong]) { Signed = true },
        new("budgetToFinal", FigureClass.Money, "^较(?:预算)?(?:增加|减少)$", "/finance/budgetToFinal/{difference}", "衡山 2022 较预算增加229.70万元") { Signed = true },

        // 项目经费 summary.
        new("projectInitialBudget", FigureClass.Money, "^安排项目经费$", "/projectFunds/initialBudget", "零陵 2023 2023年预算安排项目经费267万元"),
        new("projectCount", FigureClass.Count, "(?:一级项目|专项资金共?)$", "/projectFunds/projectCount", "鹿泉 2022 一级项目 17 个; 芦淞 2024 本部门2024年年初预算专项资金共3个"),
        new("projectItemizationThreshold", FigureClass.Money, "仅对$", "/projectFunds/itemizationThreshold", "衡山 2022 (仅对50万元以上的项目资金进行分项说明)"),
        new("projectActualRevenue", FigureClass.Money, "^项目实际收入$", "/projectFunds/actualRevenue", "零陵 2023 当年项目实际收入502.32万元"),
        new("projectActualExpenditure", FigureClass.Money, "^支出共计$", "/projectFunds/actualExpenditure", "零陵 2023 支出共计502.32万元", [SectionKind.ProjectFunds]),

        // 政府采购 and 资产.
        new("procurementTotal", FigureClass.Money, "^政府采购(?:支出|金额|总额)?$", "/procurement/total", "衡山 2022 2022年度政府采购支出43.85万元"),
        new("procurementGoods", FigureClass.Money, "^货物(?:类)?$", "/procurement/goods", "衡山 2022 其中：货物43.85万元", [SectionKind.Procurement]),
        new("procurementWorks", FigureClass.Money, "^工程(?:类)?$", "/procurement/works", "衡山 2022 工程0万元", [SectionKind.Procurement]),
        new("procurementServices", FigureClass.Money, "^服务(?:类)?$", "/procurement/services", "衡山 2022 服务0万元", [SectionKind.Procurement]),
        new("assetsTotal", FigureClass.Money, "^资产总额$", "/assets/totalAssets", "衡山 2022 2022年年末资产总额1581.89万元"),
        new("assetsLiabilities", FigureClass.Money, "^负债(?:总额)?$", "/assets/liabilities", "衡山 2022 负债总额295.41万元", [SectionKind.Assets]),
        new("assetsNet", FigureClass.Money, "^净资产$", "/assets/netAssets", "衡山 2022 净资产1286.48万元"),
        new("fixedAssetsOriginal", FigureClass.Money, "^固定资产(?:账面)?原值$", "/assets/fixedAssetsOriginalValue", "衡山 2022 固定资产账面原值1561.69万元"),
        new("fixedAssetsInUse", FigureClass.Money, "^在用资产$", "/assets/fixedAssetsInUse", "衡山 2022 在用资产1561.69万元"),
        new("fixedAssetUseRate", FigureClass.Percent, "^资产使用率$", "/assets/fixedAssetUseRate", "衡山 2022 资产使用率100%"),
        new("fixedAssetsPriorYearEnd", FigureClass.Money, "上年末固定资产(?:金额)?$", "/assets/fixedAssetsPriorYearEnd", "鹿泉 2022 本级上年末固定资产金额为 379.23 万元"),
        new("plannedFixedAssetPurchase", FigureClass.Money, "拟购置固定资产(?:总额)?$", "/assets/plannedFixedAssetPurchase", "鹿泉 2022 本年度拟购置固定资产总额为 0.00 万元"),

        // 收入 and 支出 of one stage ({stage}: 年初预算 / 决算 / 一般公共预算财政拨款).
        new("revenueGeneralPublicBudget", FigureClass.Money, "^一般公共(?:预算)?财政拨款(?:收入)?$", "/finance/{stage}/revenue/generalPublicBudget", "衡山 2022 其中一般公共财政拨款863.2万元; 海珠 2022 其中一般公共预算财政拨款收入3,622.4 万元", NotOtherBudgets),
        new("revenueTotal", FigureClass.Money, "^(?:总收入|收入合计|收入总计|收入总额)$", "/finance/{stage}/revenue/total", "零陵 2023 2023年总收入1839.74万元; 衡山 2022 年初预算安排收入863.2万元; 鹿泉 2022 预算收入合计 1817.12 万元", NotOtherBudgets),
        new("revenueBare", FigureClass.Money, "^(?:收入|安排收入|资金)$", "/finance/{stage}/revenue/total", "衡山 2022 年初预算安排收入863.2万元; 芦淞 2024 2024年预算资金723.42万元", FinanceSections),
        new("expenditureBare", FigureClass.Money, "^(?:支出|安排支出)$", "/finance/{stage}/expenditure/total", "零陵 2023 2023年支出1839.74万元; 芦淞 2024 一般公共预算财政拨款支出723.14万元", FinanceSections),
        new("revenueFiscal", FigureClass.Money, "^财政拨款(?:收入)?$", "/finance/{stage}/revenue/fiscalAppropriation", "鹿泉 2022 财政拨款收入 1779.59 万元", NotOtherBudgets),
        new("revenueBusiness", FigureClass.Money, "^事业收入$", "/finance/{stage}/revenue/businessIncome", "鹿泉 2022 事业收入 0 万元", NotOtherBudgets),
        new("revenueOperating", FigureClass.Money, "^经营收入$", "/finance/{stage}/revenue/operatingIncome", "鹿泉 2022 经营收入 0 万元", NotOtherBudgets),
        new("revenueOther", FigureClass.Money, "^其他收入$", "/finance/{stage}/revenue/otherIncome", "鹿泉 2022 其他收入 0 万元", NotOtherBudgets),
        new("revenuePersonnel", FigureClass.Money, "^人员(?:经费)?收入$", "/finance/{stage}/revenue/personnel", "零陵 2023 其中人员收入1125.67万元", NotOtherBudgets),
        new("revenuePublicFunds", FigureClass.Money, "^公用经费收入$", "/finance/{stage}/revenue/publicFunds", "零陵 2023 公用经费收入211.75万元", NotOtherBudgets),
        new("revenueProject", FigureClass.Money, "^项目经费收入$", "/finance/{stage}/revenue/project", "零陵 2023 项目经费收入502.32万元", NotOtherBudgets),
        new("expenditureTotal", FigureClass.Money, "^(?:总支出|支出合计|支出总计|支出总额)$", "/finance/{stage}/expenditure/total", "零陵 2023 2023年总支出1839.74万元; 鹿泉 2022 决算支出合计 1815.07 万元", NotOtherBudgets),
        new("expenditureBasic", FigureClass.Money, "^基本支出$", "/finance/{stage}/expenditure/basic", "零陵 2023 其中基本支出1337.42万元", NotOtherBudgets),
        new("expenditurePersonnel", FigureClass.Money, "^人员(?:经费)?(?:支出)?$|^人员经费$", "/finance/{stage}/expenditure/personnel", "零陵 2023 其中人员支出1125.67万元; 衡山 2022 其中人员经费支出727.33万元", NotOtherBudgets),
        new("expenditurePublicFunds", FigureClass.Money, "^(?:日常)?公用(?:经费)?(?:支出)?$", "/finance/{stage}/expenditure/publicFunds", "零陵 2023 公用支出211.75万元; 衡山 2022 日常公用经费99.98万元", NotOtherBudgets),
        new("expenditureProject", FigureClass.Money, "^项目支出$", "/finance/{stage}/expenditure/project", "零陵 2023 项目支出502.32万元", NotOtherBudgets),
        new("expenditureOperating", FigureClass.Money, "^经营支出$", "/finance/{stage}/expenditure/operating", "鹿泉 2022 经营支出 0 万元", NotOtherBudgets),

        // 自评结果.
        new("selfScore", FigureClass.Score, "自评(?:得)?分$|^(?:自评|综合|总)得分$", "/selfEvaluation/score", "零陵 2023 部门整体自评分为98分"),
        new("selfCoverage", FigureClass.Percent, "^自评覆盖率$", "/selfEvaluation/coverage", "海珠 2022 自评覆盖率达到100%"),
    ];
}
