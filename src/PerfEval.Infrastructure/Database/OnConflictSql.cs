namespace PerfEval.Infrastructure.Database;

/// <summary>INSERT … ON CONFLICT, shared by SQLite and PostgreSQL. Columns map to parameters of the PascalCase name.</summary>
public static class OnConflictSql
{
    public static string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({Values(columns)}) ON CONFLICT ({string.Join(", ", keyColumns)}) DO NOTHING";

    public static string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({Values(columns)}) ON CONFLICT ({string.Join(", ", keyColumns)}) DO UPDATE SET "
        + string.Join(", ", columns.Except(keyColumns).Select(c => $"{c} = excluded.{c}"));

    public static string Values(IEnumerable<string> columns) => string.Join(", ", columns.Select(Parameter));

    /// <summary>snake_case column → @PascalCase parameter.</summary>
    public static string Parameter(string column) =>
        "@" + string.Concat(column.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
