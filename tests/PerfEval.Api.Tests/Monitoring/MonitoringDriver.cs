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

    /// <summary>PUT of a period's monitoring report with the optional If-Match and Idempotency-Key.</summary>
    public static Task<HttpResponseMessage> PutPeriodAsync(this HttpClient client, string agencyId, int year, string period, string json, string? ifMatch = null,
        string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/{agencyId}/monitoring/{year}/{period}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    /// <summary>A review step of a period's monitoring report, with an optional reason and If-Match.</summary>
    public static Task<HttpResponseMessage> PeriodStepAsync(this HttpClient client, string agencyId, int year, string period, string action, string? reason = null,
        string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/agencies/{agencyId}/monitoring/{year}/{period}/{action}")
        {
            Content = reason is null ? null : new StringContent(new JsonObject { ["reason"] = reason }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    /// <summary>PUT (201 or 200) then GET of the current version, with its pace.</summary>
    public static async Task<JsonObject> PutAndReadPeriodAsync(this HttpClient client, string agencyId, int year, string period, string json)
    {
        var put = await client.PutPeriodAsync(agencyId, year, period, json);
        Assert.True(put.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)put.StatusCode}: {await put.Content.ReadAsStringAsync()}");
        return await (await client.GetAsync($"/api/v1/agencies/{agencyId}/monitoring/{year}/{period}")).OkObjectAsync();
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, string json) =>
        client.PutAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonObject> OkObjectAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
