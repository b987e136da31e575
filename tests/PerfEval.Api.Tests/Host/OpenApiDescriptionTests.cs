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

    private static string? ReferenceDescription(JsonNode property)
    {
        IEnumerable<JsonNode?> variants = property["oneOf"] is JsonArray oneOf ? oneOf : new[] { property };
        return variants.Select(v => v?["$ref"] is null ? null : v["description"]?.GetValue<string>()).FirstOrDefault(d => d is not null);
    }
}
