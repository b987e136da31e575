using System.Text.Json.Nodes;
using Npgsql;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;

namespace PerfEval.Api.Tests.ChangeFeed;

/// <summary>
/// The case plain sequence order gets wrong, made deterministic on PostgreSQL: a transaction takes a change id and
/// stays open while a later one commits. The feed must hold back the later change until the earlier one commits,
/// then serve both in order, so a reader resuming from its cursor misses neither.
/// </summary>
public sealed class ChangeFeedCommitOrderTests(ApiOnlyPostgresApp app) : IClassFixture<ApiOnlyPostgresApp>
{
    private static async Task<(List<(long Seq, string AgencyId)> Items, string Cursor)> ReadAsync(HttpClient client, string? cursor)
    {
        var body = JsonNode.Parse(await client.GetStringAsync("/api/v1/changes?limit=1000" + (cursor is null ? "" : $"&since={Uri.EscapeDataString(cursor)}")))!;
        return (body["items"]!.AsArray().Select(i => (i!["seq"]!.GetValue<long>(), i["agencyId"]!.GetValue<string>())).ToList(), body["nextCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_change_that_commits_after_a_later_one_is_not_skipped()
    {
        var admin = app.Client();
        var (slow, fast) = ("co-slow-" + Guid.NewGuid().ToString("N")[..6], "co-fast-" + Guid.NewGuid().ToString("N")[..6]);
        await admin.CreateAgencyAsync(slow, "430423");
        await admin.CreateAgencyAsync(fast, "430423");
        var (_, cursor) = await ReadAsync(admin, null);

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO changes (agency_id, fiscal_year, version, kind, detail, at) VALUES (@a, 2022, 1, 'version', '{}', now())", connection, transaction))
        {
            insert.Parameters.AddWithValue("a", slow);
            await insert.ExecuteNonQueryAsync();
        }

        await (await admin.PutReportAsync(fast, 2022, Documents.Minimal(2022))).AssertSuccessAsync();
        var (held, heldCursor) = await ReadAsync(admin, cursor);
        Assert.Empty(held);
        Assert.Equal(cursor, heldCursor);

        await transaction.CommitAsync();
        var (served, _) = await ReadAsync(admin, heldCursor);
        Assert.Equal(slow, served[0].AgencyId);
        Assert.Contains(served, c => c.AgencyId == fast);
        Assert.True(served.Skip(1).All(c => c.Seq > served[0].Seq));
    }
}
