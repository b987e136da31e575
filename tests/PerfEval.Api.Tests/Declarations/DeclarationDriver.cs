using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Declarations;

/// <summary>Declarations over HTTP: the 衡山 2022 fixture (exactly the targets its 自评表 quotes), changeable.</summary>
public static class DeclarationDriver
{
    public static string Hengshan(Action<JsonObject>? change = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "declarations", "hengshan-2022.json"));
        if (change is null) return text;
        var node = JsonNode.Parse(text)!.AsObject();
        change(node);
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static string HengshanReport() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "reports", "hengshan-2022.json"));

    /// <summary>The declared indicator named <paramref name="level3"/>.</summary>
    public static JsonObject Indicator(JsonObject declaration, string level3) =>
        declaration["targetSets"]![0]!["indicators"]!.AsArray().Single(i => i!["level3"]!.GetValue<string>() == level3)!.AsObject();

    public static Task<HttpResponseMessage> PutDeclarationAsync(this HttpClient client, string agencyId, int year, string json, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/{agencyId}/declarations/{year}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> StepAsync(this HttpClient client, string agencyId, int year, string action, string? reason = null) =>
        client.PostAsync($"/api/v1/agencies/{agencyId}/declarations/{year}/{action}",
            reason is null ? null : new StringContent(new JsonObject { ["reason"] = reason }.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>PUT, submit and approve with the admin key: the year's approved declaration.</summary>
    public static async Task ApproveAsync(this HttpClient admin, string agencyId, int year, string json)
    {
        var put = await admin.PutDeclarationAsync(agencyId, year, json);
        Assert.True(put.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        await (await admin.StepAsync(agencyId, year, "submit")).AssertSuccessAsync();
        await (await admin.StepAsync(agencyId, year, "approve")).AssertSuccessAsync();
    }

    /// <summary>Waits until the year's check exists for <paramref name="reportVersion"/> and returns it.</summary>
    public static async Task<JsonObject> WaitForCheckAsync(this HttpClient client, string agencyId, int year, int reportVersion)
    {
        JsonObject? last = null;
        await Eventually.HoldsAsync(async () =>
        {
            var response = await client.GetAsync($"/api/v1/agencies/{agencyId}/reports/{year}/declared-targets");
            last = response.StatusCode == HttpStatusCode.OK ? await response.ReadObjectAsync() : null;
            return last?["reportVersion"]?.GetValue<int>() == reportVersion;
        }, TimeSpan.FromSeconds(60), () => Task.FromResult(last?.ToJsonString() ?? "no check yet"));
        return last!;
    }
}
