using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Errors;

/// <summary>
/// Agency codes are unique by their comparison key (trimmed, NFKC, case-folded): another spelling of an existing code
/// is a 409 duplicate, a spelling outside the identifier policy (full width, not NFC) a 422 at /code, and nothing is
/// stored either way; racing spellings of one new code register once; agencies stored before the key existed get it
/// at start-up.
/// </summary>
[Trait("Provider", "each")]
public sealed class CodeUniquenessTests(TestApp app) : IClassFixture<TestApp>
{
    private static string NewCode(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private Task<HttpResponseMessage> PostAgencyAsync(string code, string? id = null) =>
        app.Client().PostAsJsonAsync("/api/v1/agencies", new { id, code, name = "编码测试单位", regionCode = "430423" });

    [Theory]
    [InlineData("lower")]
    [InlineData("mixed")]
    [InlineData("surrounding spaces and lower")]
    public async Task Another_case_of_an_existing_code_is_409_and_nothing_is_stored(string spelling)
    {
        var code = NewCode("CU-");
        Assert.Equal(HttpStatusCode.Created, (await PostAgencyAsync(code)).StatusCode);
        var before = await RowCounts.ReadAsync(app);
        var variant = spelling switch
        {
            "lower" => code.ToLowerInvariant(),
            "mixed" => string.Concat(code.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : c)),
            _ => "  " + code.ToLowerInvariant() + "\u3000",
        };

        var problem = await (await PostAgencyAsync(variant)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(variant.Trim(), problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Theory]
    [InlineData("Σοφία-局", "ΣΟΦΊΑ-局")]
    [InlineData("σοφο\u03C2-局", "ΣΟΦΟΣ-局")]
    [InlineData("Минфин-审计", "МИНФИН-审计")]
    public async Task Codes_outside_latin_compare_case_insensitively_too(string first, string second)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Created, (await PostAgencyAsync(first + suffix)).StatusCode);
        await (await PostAgencyAsync(second + suffix)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("ＣＵ-")]
    [InlineData("cu-")]
    public async Task A_full_width_spelling_is_422_at_code_whether_or_not_the_code_exists(string fullWidthPrefix)
    {
        var tail = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Assert.Equal(HttpStatusCode.Created, (await PostAgencyAsync("CU-" + tail)).StatusCode);
        var before = await RowCounts.ReadAsync(app);
        var fullWidthTail = string.Concat(tail.Select(c => (char)(c + 0xFEE0)));

        var problem = await (await PostAgencyAsync(fullWidthPrefix + fullWidthTail)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["/code"], problem.ErrorPointers());
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Fact]
    public async Task Racing_spellings_of_one_new_code_register_exactly_one_agency()
    {
        var code = NewCode("RACE-");
        string[] spellings = [code, code.ToLowerInvariant(), " " + code, code.ToLowerInvariant() + " ", char.ToLowerInvariant(code[0]) + code[1..], code + "\u00a0"];

        var responses = await Task.WhenAll(spellings.Select(s => PostAgencyAsync(s)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM agencies WHERE UPPER(code) LIKE @Like", new { Like = "%" + code + "%" }));
    }

    [Fact]
    public async Task An_agency_stored_before_codes_had_keys_gets_its_key_at_start_up_and_then_counts_as_a_duplicate()
    {
        // Rows as a release before migration 0011 wrote them: no key; the second one is the first one's code in lower case.
        var code = NewCode("OLD-");
        var (first, second) = ("old-" + Guid.NewGuid().ToString("N")[..8], "old-" + Guid.NewGuid().ToString("N")[..8]);
        await ExecuteAsync(
            "INSERT INTO agencies (id, code, name, region_code, region_path, sector, credit_code, created_at) "
            + "SELECT @Id, @Code, '旧单位', code, path, NULL, NULL, @CreatedAt FROM regions WHERE code = '430423'",
            new { Id = first, Code = code, CreatedAt = CreatedAt(1) });
        await ExecuteAsync(
            "INSERT INTO agencies (id, code, name, region_code, region_path, sector, credit_code, created_at) "
            + "SELECT @Id, @Code, '旧单位', code, path, NULL, NULL, @CreatedAt FROM regions WHERE code = '430423'",
            new { Id = second, Code = code.ToLowerInvariant(), CreatedAt = CreatedAt(2) });

        var backfill = app.Factory.Services.GetRequiredService<AgencyCodeKeys>();
        await backfill.BackfillAsync(CancellationToken.None);

        // The older one holds the key; its lower-case twin keeps none (a warning names it).
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM agencies WHERE id = @Id AND code_key = @Key", new { Id = first, Key = code.ToLowerInvariant() }));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM agencies WHERE id = @Id AND code_key IS NULL", new { Id = second }));
        Assert.Equal(0, await backfill.BackfillAsync(CancellationToken.None));
        await (await PostAgencyAsync(code.ToLowerInvariant() + "-X")).AssertSuccessAsync();
        await (await PostAgencyAsync(code)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    // Written through the host's own Dapper type handler for instants (registered when the host started).
    private static DateTimeOffset CreatedAt(int minute) => new(2020, 1, 1, 0, minute, 0, TimeSpan.Zero);

    private DbConnection Connect() => app.Provider == "postgres" ? new NpgsqlConnection(app.ConnectionString) : new SqliteConnection(app.ConnectionString);

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = Connect();
        await connection.ExecuteAsync(sql, parameters);
    }

    private async Task<long> ScalarAsync(string sql, object parameters)
    {
        await using var connection = Connect();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
