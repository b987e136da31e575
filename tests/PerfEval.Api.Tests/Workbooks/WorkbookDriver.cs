using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.Workbooks;

/// <summary>Sends workbooks to the import route and fetches exports.</summary>
public static class WorkbookDriver
{
    public static string ImportPath(string agencyId, int year) => $"/api/v1/agencies/{agencyId}/reports/{year}/imports/xlsx";

    public static string ExportPath(string agencyId, int year) => $"/api/v1/agencies/{agencyId}/reports/{year}/exports/xlsx";

    public static ByteArrayContent Xlsx(byte[] bytes, string contentType = FixtureWorkbook.MediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string agencyId, int year, byte[] bytes) =>
        client.PostAsync(ImportPath(agencyId, year), Xlsx(bytes));

    /// <summary>The fixture table as the report fixture models it (hengshan-2022.json's indicatorTables[0]).</summary>
    public static JsonNode HengshanTable() => JsonNode.Parse(HengshanReport())!["indicatorTables"]![0]!;

    public static string HengshanReport() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", "hengshan-2022.json"));

    public static JsonNode ExpectedMergedLayoutTable() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "workbooks", "merged-layout.expected.json")))!;
}
