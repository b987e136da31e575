using System.Text.Json.Nodes;
using PerfEval.Domain.DocumentImport;

namespace PerfEval.Domain.Tests.DocumentImport;

/// <summary>
/// One row per rule of the phrase catalogue: the seed phrasing it was written for, under a heading of the section it
/// belongs to, fills the rule's pointer with the value and unit as written. A last test checks every rule has a row.
/// </summary>
public sealed class PhraseCatalogueTests
{
    private const int Year = 2023;

    public static TheoryData<string, string, string, string, string, string?> Rows() => new()
    {
        // rule, heading, paragraph, pointer, value, unit
        { "internalUnits", "一、部门（单位）基本情况", "本单位内设机构为11个：办公室、政工室。", "/organization/units/0/count", "11", "个" },
        { "staffInService", "一、部门（单位）基本情况", "实有人数117人，其中：在职人员88人，退休人员29人。", "/staffing/inService", "88", "人" },
        { "staffActual", "一、部门（单位）基本情况", "实有人数117人，其中：在职人员88人，退休人员29人。", "/staffing/actualTotal", "117", "人" },
        { "staffRetiredTotal", "一、部门基本情况", "其中政法编离退休人员 22 人, 其中退休 21 人, 离休 1 人。", "/staffing/retiredTotal", "22", "人" },
        { "staffRetired", "一、部门（单位）基本情况", "实有人数117人，其中：在职人员88人，退休人员29人。", "/staffing/retired", "29", "人" },
        { "staffRetiredCadres", "一、部门基本情况", "其中政法编离退休人员 22 人, 其中退休 21 人, 离休 1 人。", "/staffing/retiredCadres", "1", "人" },
        { "staffSurvivors", "一、部门基本情况", "遗属人员 2 人。", "/staffing/survivors", "2", "人" },
        { "staffContract", "一、基本情况", "2024年本单位年未实有人数30人（其中：政府雇员1人）。", "/staffing/contractStaff", "1", "人" },
        { "quotaAdministrative", "(二)人员编制情况", "2022年共有编制62个，其中行政编制46个，事业编制16个。", "/staffing/quotaAdministrative", "46", "个" },
        { "quotaPoliticalLegal", "一、部门基本情况", "编制人数总计 42 人, 均为政法编制 42 人。", "/staffing/quotaPoliticalLegal", "42", "人" },
        { "quotaInstitution", "(二)人员编制情况", "2022年共有编制62个，其中行政编制46个，事业编制16个。", "/staffing/quotaInstitution", "16", "个" },
        { "quotaTotal", "(二)人员编制情况", "2022年共有编制62个，其中行政编制46个，事业编制16个。", "/staffing/quotaTotal", "62", "个" },
        { "sanGongTotal", "2、“三公经费”支出情况", "2023年“三公经费”支出9.55万元。", "/sanGong/actual/total", "9.55", "万元" },
        { "sanGongAbroad", "3、\"三公\"经费执行情况", "2023年\"三公\"经费预算数3万元，其中：因公出国(境)费0万元，公务用车购置及运行维护费2万元，公务接待费1万元。", "/sanGong/budget/abroad", "0", "万元" },
        { "sanGongVehicle", "3、\"三公\"经费执行情况", "2023年\"三公\"经费预算数3万元，其中：因公出国(境)费0万元，公务用车购置及运行维护费2万元，公务接待费1万元。", "/sanGong/budget/vehicle", "2", "万元" },
        { "sanGongVehicleOperation", "3、\"三公\"经费执行情况", "\"三公\"经费决算数2.74万元，其中：公务用车运行维护费1.95万元。", "/sanGong/actual/vehicleOperation", "1.95", "万元" },
        { "sanGongVehiclePurchase", "3、\"三公\"经费执行情况", "\"三公\"经费决算数2.74万元，其中：公务用车购置费0万元。", "/sanGong/actual/vehiclePurchase", "0", "万元" },
        { "sanGongReception", "3、\"三公\"经费执行情况", "\"三公\"经费决算数2.74万元，其中：公务接待费0.79万元。", "/sanGong/actual/reception", "0.79", "万元" },
        { "sanGongChange", "2、“三公经费”支出情况", "2022年“三公经费”支出10.77万元，2023年“三公经费”支出9.55万元，比上年减少1.22万元。", "/sanGong/changeFromPriorYear", "-1.22", "万元" },
        { "budgetToFinal", "2、部门决算情况", "2023年决算总收入1092.90万元，较预算增加229.70万元。", "/finance/budgetToFinal/revenueDifference", "229.70", "万元" },
        { "projectCount", "三、项目执行及绩效实现情况", "一级项目 17 个, 共涉及资金 477.37 万元。", "/projectFunds/projectCount", "17", "个" },
        { "projectInitialBudget", "（二）项目支出情况", "2023年预算安排项目经费267万元。", "/projectFunds/initialBudget", "267", "万元" },
        { "projectItemizationThreshold", "(二)资金使用及绩效情况", "2、项目绩效目标完成情况(仅对50万元以上的项目资金进行分项说明)", "/projectFunds/itemizationThreshold", "50", "万元" },
        { "projectActualRevenue", "（二）项目支出情况", "当年项目实际收入502.32万元，支出共计502.32万元。", "/projectFunds/actualRevenue", "502.32", "万元" },
        { "projectActualExpenditure", "（二）项目支出情况", "当年项目实际收入502.32万元，支出共计502.32万元。", "/projectFunds/actualExpenditure", "502.32", "万元" },
        { "procurementTotal", "4、政府采购执行情况", "2022年度政府采购支出43.85万元，其中：货物43.85万元，工程0万元，服务0万元。", "/procurement/total", "43.85", "万元" },
        { "procurementGoods", "4、政府采购执行情况", "2022年度政府采购支出43.85万元，其中：货物43.85万元，工程0万元，服务0万元。", "/procurement/goods", "43.85", "万元" },
        { "procurementWorks", "4、政府采购执行情况", "2022年度政府采购支出43.85万元，其中：货物43.85万元，工程0万元，服务0万元。", "/procurement/works", "0", "万元" },
        { "procurementServices", "4、政府采购执行情况", "2022年度政府采购支出43.85万元，其中：货物43.85万元，工程0万元，服务0万元。", "/procurement/services", "0", "万元" },
        { "assetsTotal", "5、资产管理情况", "2022年年末资产总额1581.89万元，负债总额295.41万元，净资产1286.48万元。", "/assets/totalAssets", "1581.89", "万元" },
        { "assetsLiabilities", "5、资产管理情况", "2022年年末资产总额1581.89万元，负债总额295.41万元，净资产1286.48万元。", "/assets/liabilities", "295.41", "万元" },
        { "assetsNet", "5、资产管理情况", "2022年年末资产总额1581.89万元，负债总额295.41万元，净资产1286.48万元。", "/assets/netAssets", "1286.48", "万元" },
        { "fixedAssetsOriginal", "5、资产管理情况", "固定资产账面原值1561.69万元，在用资产1561.69万元，资产使用率100%。", "/assets/fixedAssetsOriginalValue", "1561.69", "万元" },
        { "fixedAssetsInUse", "5、资产管理情况", "固定资产账面原值1561.69万元，在用资产1561.69万元，资产使用率100%。", "/assets/fixedAssetsInUse", "1561.69", "万元" },
        { "fixedAssetUseRate", "5、资产管理情况", "固定资产账面原值1561.69万元，在用资产1561.69万元，资产使用率100%。", "/assets/fixedAssetUseRate", "100", "%" },
        { "fixedAssetsPriorYearEnd", "一、部门基本情况", "**3. 资产情况:** 石家庄市鹿泉区司法局本级上年末固定资产金额为 379.23 万元。", "/assets/fixedAssetsPriorYearEnd", "379.23", "万元" },
        { "plannedFixedAssetPurchase", "一、部门基本情况", "本年度拟购置固定资产总额为 0.00 万元, 已按要求列入政府采购预算。", "/assets/plannedFixedAssetPurchase", "0.00", "万元" },
        { "revenueGeneralPublicBudget", "（三）部门整体收支情况", "2022年度，我部门总收入3,622.4 万元，其中一般公共预算财政拨款收入3,622.4 万元，占总收入100%。", "/finance/final/revenue/generalPublicBudget", "3622.4", "万元" },
        { "revenueTotal", "（三）部门整体收支情况", "2022年度，我部门总收入3,622.4 万元，其中一般公共预算财政拨款收入3,622.4 万元，占总收入100%。", "/finance/final/revenue/total", "3622.4", "万元" },
        { "revenueBare", "1、部门预算情况", "2022年年初预算安排收入863.2万元，其中一般公共财政拨款863.2万元。", "/finance/budget/revenue/total", "863.2", "万元" },
        { "expenditureBare", "二、一般公共预算支出情况", "2023年支出1839.74万元，其中基本支出1337.42万元，项目支出502.32万元。", "/finance/generalPublicBudget/expenditure/total", "1839.74", "万元" },
        { "revenueFiscal", "## (二) 部门收支预决算情况", "2022 年度预算收入合计 1817.12 万元, 其中: 财政拨款收入 1779.59 万元, 占 100%。", "/finance/budget/revenue/fiscalAppropriation", "1779.59", "万元" },
        { "revenueBusiness", "## (二) 部门收支预决算情况", "2022 年度预算收入合计 1817.12 万元, 其中: 事业收入 0 万元, 占 0%。", "/finance/budget/revenue/businessIncome", "0", "万元" },
        { "revenueOperating", "## (二) 部门收支预决算情况", "2022 年度预算收入合计 1817.12 万元, 其中: 经营收入 0 万元，占 0%。", "/finance/budget/revenue/operatingIncome", "0", "万元" },
        { "revenueOther", "## (二) 部门收支预决算情况", "2022 年度预算收入合计 1817.12 万元, 其中: 其他收入 0 万元，占 0%。", "/finance/budget/revenue/otherIncome", "0", "万元" },
        { "revenuePersonnel", "（2） 部门（单位）整体支出规模", "2023年总收入1839.74万元，其中人员收入1125.67万元，占总收入61.19%。", "/finance/final/revenue/personnel", "1125.67", "万元" },
        { "revenuePublicFunds", "（2） 部门（单位）整体支出规模", "2023年总收入1839.74万元，其中公用经费收入211.75万元，占总收入的11.51%。", "/finance/final/revenue/publicFunds", "211.75", "万元" },
        { "revenueProject", "（2） 部门（单位）整体支出规模", "2023年总收入1839.74万元，其中项目经费收入502.32万元，占总收入的27.30%。", "/finance/final/revenue/project", "502.32", "万元" },
        { "expenditureTotal", "## (二) 部门收支预决算情况", "2022 年度决算支出合计 1815.07 万元，其中：基本支出 1337.7 万元，占 73.7%。", "/finance/final/expenditure/total", "1815.07", "万元" },
        { "expenditureBasic", "## (二) 部门收支预决算情况", "2022 年度决算支出合计 1815.07 万元，其中：基本支出 1337.7 万元，占 73.7%。", "/finance/final/expenditure/basic", "1337.7", "万元" },
        { "expenditurePersonnel", "(二)资金使用及绩效情况", "基本支出827.31万元，其中人员经费支出727.33万元，占基本支出的87.9%。", "/finance/final/expenditure/personnel", "727.33", "万元" },
        { "expenditurePublicFunds", "(二)资金使用及绩效情况", "基本支出827.31万元，日常公用经费99.98万元，占基本支出的12.1%。", "/finance/final/expenditure/publicFunds", "99.98", "万元" },
        { "expenditureProject", "（2） 部门（单位）整体支出规模", "2023年总支出1839.74万元，其中人员支出1125.67万元，公用支出211.75万元，项目支出502.32万元。", "/finance/final/expenditure/project", "502.32", "万元" },
        { "expenditureOperating", "## (二) 部门收支预决算情况", "2022 年度决算支出合计 1815.07 万元，其中：经营支出 0 万元，占 0%。", "/finance/final/expenditure/operating", "0", "万元" },
        { "selfScore", "九、部门整体支出绩效自评结果", "根据部门整体支出绩效评价指标评分标准，2023年我单位部门整体自评分为98分。", "/selfEvaluation/score", "98", null },
        { "selfCoverage", "（四）部门整体绩效管理情况", "2022年度自评覆盖率达到100%，共涉及资金3622.4万元。", "/selfEvaluation/coverage", "100", "%" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_seed_phrase_fills_the_rules_pointer_with_value_and_unit_as_written(string rule, string heading, string paragraph, string pointer, string value, string? unit)
    {
        var result = Extract(heading, paragraph);

        var filled = new DraftBuilder(result.Draft).Get(pointer);
        Assert.True(filled is not null, $"{rule}: {pointer} is not filled; unread: {string.Join("; ", result.Unread.Select(u => u.Number + u.Unit + " " + u.Reason))}");
        var number = filled is JsonObject o ? o["value"]! : filled;
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), number.GetValue<decimal>());
        if (unit is not null) Assert.Equal(unit, filled["unit"]!.GetValue<string>());
        var source = Assert.Single(result.Provenance, p => p.Pointer == pointer);
        Assert.Equal(rule, source.Rule);
        Assert.Equal(2, source.Paragraph);
        Assert.StartsWith(source.Number, paragraph[source.Start..source.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_of_the_catalogue_has_a_row_and_cites_its_seed_phrasing()
    {
        var tested = Rows().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(PhraseCatalogue.Rules, rule =>
        {
            Assert.Contains(rule.Name, tested);
            Assert.False(string.IsNullOrWhiteSpace(rule.Seed));
        });
        Assert.Equal(PhraseCatalogue.Rules.Count, PhraseCatalogue.Rules.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void A_share_goes_onto_the_amount_it_follows_with_the_base_it_names()
    {
        var result = Extract("（2） 部门（单位）整体支出规模", "2023年总收入1839.74万元，其中人员收入1125.67万元，占总收入61.19%。人员支出占总支出61.19%。");

        var share = new DraftBuilder(result.Draft).Get("/finance/final/revenue/personnel/share")!;
        Assert.Equal((61.19m, "/finance/final/revenue/total"), (share["value"]!.GetValue<decimal>(), share["of"]!.GetValue<string>()));
        Assert.Contains(result.Unread, u => u.Number == "61.19" && u.Sentence == "人员支出占总支出61.19%。");
    }

    [Fact]
    public void A_share_without_a_named_base_is_of_the_total_its_parts_are_listed_under()
    {
        var result = Extract("## (二) 部门收支预决算情况", "2022 年度决算支出合计 1815.07 万元，其中：基本支出 1337.7 万元，占 73.7%；项目支出 477.37 万元，占 26.3%。");

        var share = new DraftBuilder(result.Draft).Get("/finance/final/expenditure/project/share")!;
        Assert.Equal((26.3m, "/finance/final/expenditure/total"), (share["value"]!.GetValue<decimal>(), share["of"]!.GetValue<string>()));
    }

    [Fact]
    public void A_figure_stated_again_with_another_value_is_kept_as_a_restatement_and_warned()
    {
        var result = Extract("(一)部门预决算情况", "2022年决算总收入1092.90万元，总支出1092.90万元，其中：基本支出827.32万元。", "(二)资金使用及绩效情况", "基本支出827.31万元，其中人员经费支出727.33万元。");

        var basic = new DraftBuilder(result.Draft).Get("/finance/final/expenditure/basic")!;
        Assert.Equal((827.32m, 827.31m), (basic["value"]!.GetValue<decimal>(), basic["restatements"]![0]!["value"]!.GetValue<decimal>()));
        Assert.Contains(result.Warnings, w => w.Code == "statedTwice" && w.Pointer == "/finance/final/expenditure/basic");
    }

    [Fact]
    public void An_amount_in_yuan_among_amounts_in_ten_thousand_yuan_is_kept_as_written_and_warned()
    {
        var result = Extract("3、\"三公\"经费执行情况", "2023年\"三公\"经费预算数3万元。\"三公\"经费决算数2.74元，其中：公务接待费0.79万元。");

        var total = new DraftBuilder(result.Draft).Get("/sanGong/actual/total")!;
        Assert.Equal((2.74m, "元"), (total["value"]!.GetValue<decimal>(), total["unit"]!.GetValue<string>()));
        Assert.Contains(result.Warnings, w => w.Code == "unitSlip" && w.Pointer == "/sanGong/actual/total");
    }

    [Fact]
    public void Counts_in_a_performance_section_become_outputs_with_their_parts()
    {
        var result = Extract("6、 部门整体支出绩效情况", "零陵区法律援助中心共受理法律援助案件204件，其中刑事案件171件、民事案件30件。");

        var outputs = result.Draft["outputs"]!.AsArray();
        Assert.Equal(3, outputs.Count);
        Assert.Equal(("零陵区法律援助中心共受理法律援助案件", 204m, "件"), (outputs[0]!["label"]!.GetValue<string>(), outputs[0]!["value"]!.GetValue<decimal>(), outputs[0]!["unit"]!.GetValue<string>()));
        Assert.Equal(outputs[0]!["key"]!.GetValue<string>(), outputs[1]!["partOf"]!.GetValue<string>());
    }

    [Fact]
    public void Years_dates_and_document_numbers_are_not_figures_and_numbers_without_a_unit_are_left_unread()
    {
        var result = Extract("一、部门基本情况", "依据《实施意见》（鹿发〔2019〕8号）文件，2023年5月9日开通12348热线。");

        Assert.Empty(result.Provenance);
        var unread = Assert.Single(result.Unread);
        Assert.Equal(("12348", (string?)null), (unread.Number, unread.Unit));
    }

    [Fact]
    public void The_same_paragraphs_give_the_same_draft()
    {
        var first = Extract("（2） 部门（单位）整体支出规模", "2023年总收入1839.74万元，其中人员收入1125.67万元，占总收入61.19%。");
        var second = Extract("（2） 部门（单位）整体支出规模", "2023年总收入1839.74万元，其中人员收入1125.67万元，占总收入61.19%。");

        Assert.Equal(first.Draft.ToJsonString(), second.Draft.ToJsonString());
        Assert.Equal(first.Provenance, second.Provenance);
    }

    private static ExtractionResult Extract(params string[] paragraphs) =>
        DocumentExtractor.Extract(paragraphs.Select((text, i) => new SourceParagraph(i + 1, null, text)).ToList(), new ImportContext("测试单位", null, Year));
}
