using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfEval.Api.Tests.Infrastructure;

/// <summary>Small typed helpers over the HTTP API, so tests read as scenarios.</summary>
public static class ApiDriver
{
    public static async Task<JsonObject> CreateAgencyAsync(this HttpClient admin, string id, string regionCode, string? name = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/agencies", new { id, code = id.ToUpperInvariant(), name = name ?? $"测试单位 {id}", regionCode, sector = "司法行政" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<(string Id, string Key)> CreateKeyAsync(this HttpClient admin, string role, string? scope)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = $"{role}-{scope}", role, scope });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["id"]!.GetValue<string>(), body["key"]!.GetValue<string>());
    }

    public static Task<HttpResponseMessage> PutReportAsync(this HttpClient client, string agencyId, int year, string json,
        string? ifMatch = null, string? idempotencyKey = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/{agencyId}/reports/{year}")
        {
            Content = new StringContent(json, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType) { CharSet = contentType.Contains("json") ? "utf-8" : null };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<int> VersionCountAsync(this HttpClient admin, string agencyId, int year)
    {
        var response = await admin.GetAsync($"/api/v1/agencies/{agencyId}/reports/{year}/versions");
        if (response.StatusCode == HttpStatusCode.NotFound) return 0;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Count;
    }

    /// <summary>Asserts an RFC 9457 problem response and returns its body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, body["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(body["title"]?.GetValue<string>()));
        return body;
    }

    public static IReadOnlyList<string> ErrorPointers(this JsonObject problem) =>
        problem["errors"]?.AsArray().Select(e => e!["pointer"]!.GetValue<string>()).ToList() ?? [];
}

/// <summary>Small valid report documents for scenarios that do not need a real report.</summary>
public static class Documents
{
    public static string Minimal(int fiscalYear, string agencyName = "测试单位", string? regionCode = null, decimal total = 1092.90m) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["schemaVersion"] = "1.0",
            ["agency"] = regionCode is null ? new { name = agencyName } : new { name = agencyName, regionCode },
            ["fiscalYear"] = fiscalYear,
            ["finance"] = new { final = new { expenditure = new { total = new { value = total, unit = "万元" } } } },
        }, Relaxed);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

public static class ResponseAssertions
{
    public static async Task AssertSuccessAsync(this HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
