using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Workbooks;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>
/// The 绩效目标申报表 workbook routes: other media types (415), bodies that are not workbooks (400), over the limit (413),
/// unreadable cells and a year other than the URL's (422 at their pointer), another tenant (404), a region key (403),
/// nothing to export (404). Imports aim at the world's new year, so an accepted one would show in the row counts.
/// </summary>
public static class DeclarationWorkbookCases
{
    private const string TargetSheet = "hengshan-2022-绩效目标申报表";

    /// <summary>The 衡山 target sheet stating the world's new year.</summary>
    private static readonly Lazy<FixtureWorkbook> Sheet = new(() => FixtureWorkbook.Load(TargetSheet).WithCell("B2", JsonValue.Create(HostileWorld.NewYear)));

    public static IEnumerable<HostileCase> All()
    {
        foreach (var mediaType in new[] { "application/json", "text/plain", "application/vnd.ms-excel", null })
            yield return new($"declaration workbook as {mediaType ?? "no content type"}", w => Import(w, Sheet.Value.ToXlsx(), mediaType), 415);
        yield return new("declaration workbook empty body", w => Import(w, []), 400);
        yield return new("declaration workbook garbage bytes", w => Import(w, Encoding.UTF8.GetBytes("PK\u0003\u0004 这不是工作簿")), 400);
        yield return new("declaration workbook truncated", w => { var x = Sheet.Value.ToXlsx(); return Import(w, x[..(x.Length / 2)]); }, 400);
        yield return new("declaration workbook over the body limit", w => Import(w, new byte[2 * 1024 * 1024 + 1]), 413);
        yield return new("declaration workbook of another year", w => Import(w, FixtureWorkbook.Load(TargetSheet).ToXlsx()), 422, "/fiscalYear");
        yield return new("declaration workbook with a weight that is not a number",
            w => Import(w, Sheet.Value.WithCell("E7", JsonValue.Create("五分")).ToXlsx()), 422, "/targetSets/0/indicators/1/weight");
        yield return new("declaration workbook with a weight of 101",
            w => Import(w, Sheet.Value.WithCell("E7", JsonValue.Create(101)).ToXlsx()), 422, "/targetSets/0/indicators/1/weight");
        yield return new("declaration workbook without a 三级指标",
            w => Import(w, Sheet.Value.WithCell("C8", JsonValue.Create("")).ToXlsx()), 422, "/targetSets/0/indicators/2/level3");
        yield return new("declaration workbook with a bidi override in a 三级指标",
            w => Import(w, Sheet.Value.WithCell("C8", JsonValue.Create("a\u202Eb")).ToXlsx()), 422, "/targetSets/0/indicators/2/level3");
        yield return new("declaration workbook that is a 自评表", w => Import(w, FixtureWorkbook.Load(FixtureWorkbook.Hengshan).ToXlsx()), 422, "");
        yield return new("declaration workbook of another tenant's agency",
            w => Raw.Request(HttpMethod.Post, $"/api/v1/agencies/{w.OtherAgencyId}/declarations/{HostileWorld.NewYear}/imports/xlsx", Sheet.Value.ToXlsx(), FixtureWorkbook.MediaType), 404, Key: w => w.AgencyKey);
        yield return new("declaration workbook import by a region key", w => Import(w, Sheet.Value.ToXlsx()), 403, Key: w => w.RegionKey);
        yield return new("declaration workbook export without a declaration", w => Raw.Request(HttpMethod.Get, Path(w) + "/exports/xlsx"), 404);
        yield return new("declaration workbook export version not a number", w => Raw.Request(HttpMethod.Get, Path(w) + "/exports/xlsx?version=abc"), 400);
        yield return new("declaration workbook export of another tenant's agency",
            w => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{w.OtherAgencyId}/declarations/{HostileWorld.NewYear}/exports/xlsx"), 404, Key: w => w.AgencyKey);
    }

    private static string Path(HostileWorld world) => $"/api/v1/agencies/{world.AgencyId}/declarations/{HostileWorld.NewYear}";

    private static HttpRequestMessage Import(HostileWorld world, byte[] body, string? contentType = FixtureWorkbook.MediaType) =>
        Raw.Request(HttpMethod.Post, Path(world) + "/imports/xlsx", body, contentType);
}
