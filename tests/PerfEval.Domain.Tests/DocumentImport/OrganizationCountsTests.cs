using PerfEval.Domain.DocumentImport;

namespace PerfEval.Domain.Tests.DocumentImport;

/// <summary>主要职责条目数 from a numbered duty list and unit groups (<see cref="PhraseCatalogue.OrgUnitKinds"/>) counted in 个.</summary>
public sealed class OrganizationCountsTests
{
    [Fact]
    public void The_duty_count_is_the_last_number_of_the_list_after_its_introduction()
    {
        var result = Extract("(一)部门主要职责", "1、承担全面依法治县重大问题的政策研究。", "2、贯彻执行国家有关司法行政工作方针。", "3、指导全县规范性文件管理有关工作。",
            "承担县政府法律顾问工作（a wrapped line continues the item）", "4、完成县委、县政府交办的其他任务。", "(二)人员编制情况", "2022年共有编制62个。");

        var count = result.Draft["organization"]!["dutyItemCount"]!;
        Assert.Equal((4m, "条"), (count["value"]!.GetValue<decimal>(), count["unit"]!.GetValue<string>()));
        var source = Assert.Single(result.Provenance, p => p.Pointer == "/organization/dutyItemCount");
        Assert.Equal(("4", 6), (source.Number, source.Paragraph));
    }

    [Fact]
    public void Duties_numbered_in_chinese_numerals_or_written_inline_are_counted()
    {
        var numbered = Extract("石家庄市鹿泉区司法局属于职能部门，主要职能：", "（一）承担政策研究。", "（二）负责备案审查工作。", "(三) 承担统筹推进法治政府建设的责任。", "**2. 组织机构及人员:** 行政机关 1 个。");
        var inline = Extract("（一）部门概况", "广州市海珠区司法局的主要职责是：一是承担政策研究。二是负责合法性审核。三是承担法治政府建设。四是完成交办的其他任务。");

        Assert.Equal(3m, numbered.Draft["organization"]!["dutyItemCount"]!["value"]!.GetValue<decimal>());
        Assert.Equal(4m, inline.Draft["organization"]!["dutyItemCount"]!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public void A_numbered_list_without_an_introduction_naming_duties_is_not_counted()
    {
        var result = Extract("（2） 部门（单位）整体支出规模", "1、2023年总收入1839.74万元。", "2、“三公经费”支出9.55万元。", "3、政府采购支出0万元。");

        Assert.Null(result.Draft["organization"]?["dutyItemCount"]);
    }

    [Theory]
    [InlineData("1.机构情况。包括办公室、法制办公室和政工室8个职能股室。下辖建设、建宁、白关8个基层司法所。", "functionalUnit", "judicialOffice")]
    [InlineData("**2. 组织机构及人员:** 行政机关 1 个(石家庄市鹿泉区司法局) 事业单位(非参公) 1 个(鹿泉区法律援助中心)。", "administrativeBody", "publicInstitution")]
    public void Unit_groups_counted_in_ge_are_organization_units_of_their_kind(string paragraph, string first, string second)
    {
        var result = Extract("一、基本情况", paragraph);

        var units = result.Draft["organization"]!["units"]!.AsArray();
        Assert.Equal([first, second], units.Select(u => u!["kind"]!.GetValue<string>()));
        Assert.All(units, u => Assert.Equal("个", u!["count"]!["unit"]!.GetValue<string>()));
        Assert.Equal(2, result.Provenance.Count(p => p.Rule == "orgUnits"));
    }

    private static ExtractionResult Extract(params string[] paragraphs) =>
        DocumentExtractor.Extract(paragraphs.Select((text, i) => new SourceParagraph(i + 1, null, text)).ToList(), new ImportContext("测试单位", null, 2022));
}
