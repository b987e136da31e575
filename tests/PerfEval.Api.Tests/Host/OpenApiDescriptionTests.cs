using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Host;

/// <summary>Each property that refers to a shared schema (Money, Quantity …) is described by its own XML comment.</summary>
public sealed class OpenApiDescriptionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Properties_of_a_shared_type_keep_their_own_descriptions()
    {
        var schemas = JsonNode.Parse(await app.Client(null).GetStringAsync("/openapi/v1.json"))!["components"]!["schemas"]!.AsObject();
        var revenue = schemas["RevenueLines"]!["properties"]!.AsObject();
        Assert.Equal("财政拨款收入.", ReferenceDescription(revenue["fiscalAppropriation"]!));
        Assert.Equal("总收入 / 收入合计.", ReferenceDescription(revenue["total"]!));

        foreach (var (name, schema) in schemas)
        {
            if (schema!["properties"] is not JsonObject properties) continue;
            var described = properties
                .Select(p => (Property: p.Key, Description: ReferenceDescription(p.Value!)))
                .Where(p => p.Description is not null).ToList();
            var repeated = described.GroupBy(p => p.Description).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(p => p.Property))).ToList();
            Assert.True(repeated.Count == 0, $"{name}: properties sharing one description: {string.Join("; ", repeated)}");
        }
    }

    /// <summary>The media-type policy as documented and as answered: every operation that takes a JSON body lists 415,
    /// and answers it to a +json type.</summary>
    [Fact]
    public async Task Every_operation_with_a_json_body_documents_415_and_answers_it()
    {
        var paths = JsonNode.Parse(await app.Client(null).GetStringAsync("/openapi/v1.json"))!["paths"]!.AsObject();
        var checkedOperations = 0;
        foreach (var (path, item) in paths)
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"] is null) continue;
                Assert.True(operation["responses"]?["415"] is not null, $"{method.ToUpperInvariant()} {path} does not document 415");
                var url = path.Replace("{agencyId}", "no-such-agency", StringComparison.Ordinal).Replace("{fiscalYear}", "2022", StringComparison.Ordinal)
                    .Replace("{year}", "2022", StringComparison.Ordinal).Replace("{period}", "h1", StringComparison.Ordinal);
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = new StringContent("{}") };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/merge-patch+json");
                using var response = await app.Client().SendAsync(request);
                Assert.True(response.StatusCode == System.Net.HttpStatusCode.UnsupportedMediaType, $"{method.ToUpperInvariant()} {url}: {(int)response.StatusCode}");
                checkedOperations++;
            }
        Assert.True(checkedOperations >= 14, $"only {checkedOperations} operations take a JSON body");
    }

    private static string? ReferenceDescription(JsonNode property)
    {
        IEnumerable<JsonNode?> variants = property["oneOf"] is JsonArray oneOf ? oneOf : new[] { property };
        return variants.Select(v => v?["$ref"] is null ? null : v["description"]?.GetValue<string>()).FirstOrDefault(d => d is not null);
    }
}
