using PerfEval.Infrastructure.Database;

namespace PerfEval.Api.Tests.Storage;

/// <summary>
/// SQL Server runs the portable scripts (types as tokens) except where its SQL truly differs. Moving it there must not
/// change a byte SQLite or PostgreSQL runs, must let a SQL Server database made from the earlier scripts start, and must
/// build the same columns, each of the same type family, with every index key within SQL Server's limits.
/// </summary>
public sealed class PortableSqlServerMigrationTests
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "fixtures", "migrations");

    private static readonly SqlServerDialect SqlServer = new("Server=none", 30);

    private static IEnumerable<string[]> FixtureLines(string file) =>
        File.ReadAllLines(Path.Combine(FixtureDirectory, file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' '));

    private static string[][] EarlierChecksums(string dialect) =>
        FixtureLines("checksums-before-portable-sqlserver.txt").Where(parts => parts[0] == dialect).ToArray();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void The_expanded_text_of_every_earlier_script_is_unchanged(string name)
    {
        ISqlDialect dialect = name == "sqlite" ? new SqliteDialect("Data Source=none", 30) : new PostgresDialect(Npgsql.NpgsqlDataSource.Create("Host=none"), 30);
        var current = MigrationRunner.ScriptsFor(dialect).ToDictionary(s => s.Id, s => s.Checksum);
        var earlier = EarlierChecksums(name);

        Assert.NotEmpty(earlier);
        Assert.All(earlier, parts => Assert.Equal(parts[2], current[parts[1]]));
    }

    [Fact]
    public void A_sql_server_database_made_from_the_earlier_scripts_is_recognised()
    {
        var current = MigrationRunner.ScriptsFor(SqlServer).ToDictionary(s => s.Id, s => s.Checksum);
        var recognised = MigrationRunner.EarlierChecksumsFor(SqlServer);
        var changed = EarlierChecksums("sqlserver").Where(parts => current[parts[1]] != parts[2]).ToList();

        Assert.NotEmpty(changed);
        Assert.All(changed, parts => Assert.Contains(parts[2], recognised[parts[1]]));
        Assert.Empty(MigrationRunner.EarlierChecksumsFor(new SqliteDialect("Data Source=none", 30))["0001_initial"]);
    }

    [Fact]
    public void The_sql_server_schema_keeps_every_earlier_column_with_its_type_family()
    {
        var schema = SqlServerSchema.Build(MigrationRunner.ScriptsFor(SqlServer).Select(s => s.Sql));
        var earlier = FixtureLines("sqlserver-schema-before-portable.txt").ToList();

        Assert.NotEmpty(earlier);
        Assert.All(earlier, parts =>
        {
            Assert.True(schema.Tables.TryGetValue(parts[0], out var columns), $"table {parts[0]}");
            Assert.True(columns!.TryGetValue(parts[1], out var column), $"column {parts[0]}.{parts[1]}");
            // A line is "table column type family"; the type may hold spaces (DECIMAL(38, 10)).
            Assert.True(parts[^1] == column!.Family, $"{parts[0]}.{parts[1]} was {string.Join(' ', parts[2..^1])} ({parts[^1]}), now {column.Type} ({column.Family})");
        });
    }

    [Fact]
    public void Every_sql_server_index_key_is_bounded_and_within_the_key_size_limit()
    {
        var schema = SqlServerSchema.Build(MigrationRunner.ScriptsFor(SqlServer).Select(s => s.Sql));

        Assert.NotEmpty(schema.Indexes);
        Assert.All(schema.Indexes.Where(index => schema.Tables.ContainsKey(index.Table)), index =>
        {
            var widths = index.Columns.Where(schema.Tables[index.Table].ContainsKey).Select(c => schema.Tables[index.Table][c].KeyBytes).ToList();
            Assert.True(widths.All(w => w is not null), $"{index.Name}: an unbounded (MAX) column cannot be an index key");
            // SQL Server: 900 bytes for a clustered index key (a primary key unless declared otherwise), 1700 nonclustered.
            Assert.True(widths.Sum() <= (index.Clustered ? 900 : 1700), $"{index.Name}: key of {widths.Sum()} bytes");
        });
    }
}
