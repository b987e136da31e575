namespace PerfEval.Infrastructure.Seeding;

/// <summary>The five justice bureaus (司法局) whose published 自评报告 are the demo reports.</summary>
public static class DemoAgencies
{
    public sealed record DemoAgency(string Id, string Code, string Name, string RegionCode, string Fixture, int FiscalYear);

    public static readonly IReadOnlyList<DemoAgency> All =
    [
        new("lingling-sfj", "431102-SFJ", "永州市零陵区司法局", "431102", "lingling-2023", 2023),
        new("hengshan-sfj", "430423-SFJ", "衡山县司法局", "430423", "hengshan-2022", 2022),
        new("lusong-sfj", "430203-SFJ", "株洲市芦淞区司法局", "430203", "lusong-2024", 2024),
        new("luquan-sfj", "130110-SFJ", "石家庄市鹿泉区司法局", "130110", "luquan-2022", 2022),
        new("haizhu-sfj", "440105-SFJ", "广州市海珠区司法局", "440105", "haizhu-2022", 2022),
    ];

    public const string Sector = "司法行政";

    /// <summary>The one demo report without error findings; the demo takes it through review to publication.</summary>
    public const string PublishedId = "lingling-sfj";

    /// <summary>
    /// An illustrative 决算批复 date for the demo roster (the real dates are not in the reports): 30 June of the
    /// following year, so each report year has a due date and the publication chart has something to show.
    /// </summary>
    public static DateOnly IllustrativeApprovalDate(int fiscalYear) => new(fiscalYear + 1, 6, 30);

    public static string ReportJson(string fixture)
    {
        using var stream = typeof(DemoAgencies).Assembly.GetManifestResourceStream($"demo-reports/{fixture}.json")
            ?? throw new InvalidOperationException($"Demo report {fixture} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
