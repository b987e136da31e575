using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Storage;

public sealed class MigrationRunnerTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Migrations_apply_once_then_are_a_no_op()
    {
        var dialect = new SqliteDialect(_database.ConnectionString, 30);
        var runner = new MigrationRunner(dialect, NullLogger<MigrationRunner>.Instance);

        var first = await runner.MigrateAsync(CancellationToken.None);
        var second = await runner.MigrateAsync(CancellationToken.None);

        Assert.Equal(MigrationRunner.ScriptsFor(dialect).Count, first);
        Assert.Equal(0, second);
        Assert.True(await runner.IsUpToDateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_script_changed_after_it_was_applied_stops_start_up()
    {
        var runner = new MigrationRunner(new SqliteDialect(_database.ConnectionString, 30), NullLogger<MigrationRunner>.Instance);
        await runner.MigrateAsync(CancellationToken.None);
        await using (var connection = new SqliteConnection(_database.ConnectionString))
            await connection.ExecuteAsync("UPDATE schema_migrations SET checksum = 'tampered' WHERE id = '0001_initial'");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.MigrateAsync(CancellationToken.None));

        Assert.Contains("0001_initial", error.Message);
    }

    [Fact]
    public async Task A_database_that_applied_the_earlier_text_of_a_reworded_script_starts_and_is_brought_up_to_date()
    {
        var dialect = new SqliteDialect(_database.ConnectionString, 30);
        var runner = new MigrationRunner(dialect, NullLogger<MigrationRunner>.Instance);
        await runner.MigrateAsync(CancellationToken.None);
        var earlier = MigrationRunner.EarlierChecksumsFor(dialect)["0009_webhooks"].First();
        await using (var connection = new SqliteConnection(_database.ConnectionString))
            await connection.ExecuteAsync("UPDATE schema_migrations SET checksum = @earlier WHERE id = '0009_webhooks'", new { earlier });

        Assert.Equal(0, await runner.MigrateAsync(CancellationToken.None));

        await using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            var recorded = await connection.QuerySingleAsync<string>("SELECT checksum FROM schema_migrations WHERE id = '0009_webhooks'");
            Assert.Equal(MigrationRunner.ScriptsFor(dialect).Single(s => s.Id == "0009_webhooks").Checksum, recorded);
        }
    }

    public static TheoryData<string> Dialects => new() { "sqlite", "postgres", "sqlserver" };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Every_type_token_of_a_portable_script_is_expanded_for_every_dialect(string name)
    {
        ISqlDialect dialect = name switch
        {
            "sqlite" => new SqliteDialect("Data Source=none", 30),
            "postgres" => new PostgresDialect(Npgsql.NpgsqlDataSource.Create("Host=none"), 30),
            _ => new SqlServerDialect("Server=none", 30),
        };
        var scripts = MigrationRunner.ScriptsFor(dialect);

        Assert.All(scripts, script => Assert.DoesNotMatch(@"\{[a-z]+\}", script.Sql));
        Assert.All(dialect.MigrationTypes.Keys, token => Assert.Matches(@"\A\{[a-z]+\}\z", token));
    }
}
