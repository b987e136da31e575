using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.Monitoring;

public static class MonitoringDriver
{
    /// <summary>One province's published scheme: warnings below 25/40/60/80 % at the end of April/June/August/October.</summary>
    public static string QuarterlyThresholds(int year) => $$"""
        {"source":"省级运行监控通知（测试）","periods":[
          {"period":"04","endsOn":"{{year}}-04-30","minExecutionRate":25},{"period":"06","endsOn":"{{year}}-06-30","minExecutionRate":40},
          {"period":"08","endsOn":"{{year}}-08-31","minExecutionRate":60},{"period":"10","endsOn":"{{year}}-10-31","minExecutionRate":80}]}
        """;

    public static string Period(int year, string period, decimal executed, decimal budget = 1000m, bool atRisk = false) => $$"""
        {"schemaVersion":"1.0","fiscalYear":{{year}},"period":"{{period}}","fullYearBudget":{"value":{{budget}},"unit":"万元"},"executed":{"value":{{executed}},"unit":"万元"},
         "indicators":[{"level3":"人民调解案件","progress":{"text":"420件"},"atRisk":{{(atRisk ? "true" : "false")}},"deviationReason":"上半年案件受理少于预期","correctiveAction":"加强基层排查"}]}
        """;

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, string json) =>
        client.PutAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonObject> OkObjectAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
