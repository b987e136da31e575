using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PerfEval.Api.Tests.Storage;

/// <summary>
/// The SQL Server schema a sequence of migration scripts builds, read with Microsoft's T-SQL parser (no SQL Server runs
/// on these machines): every table's columns with their declared types after CREATE/ALTER/DROP and sp_rename, and every
/// index key (primary keys, unique constraints, CREATE INDEX) with its columns.
/// </summary>
internal sealed class SqlServerSchema
{
    public sealed record Column(string Type, string Family, int? KeyBytes);

    public sealed record Index(string Name, string Table, IReadOnlyList<string> Columns, bool Clustered);

    public Dictionary<string, Dictionary<string, Column>> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<Index> Indexes { get; } = [];

    public static SqlServerSchema Build(IEnumerable<string> scripts)
    {
        var schema = new SqlServerSchema();
        foreach (var sql in scripts) schema.Apply(sql);
        return schema;
    }

    private void Apply(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var script = (TSqlScript)parser.Parse(reader, out var errors);
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")));
        foreach (var statement in script.Batches.SelectMany(b => b.Statements)) Apply(statement);
    }

    private void Apply(TSqlStatement statement)
    {
        switch (statement)
        {
            case CreateTableStatement create:
                var table = create.SchemaObjectName.BaseIdentifier.Value;
                var columns = Tables[table] = new(StringComparer.OrdinalIgnoreCase);
                foreach (var column in create.Definition.ColumnDefinitions)
                {
                    columns[column.ColumnIdentifier.Value] = Describe(column, columns);
                    foreach (var key in column.Constraints.OfType<UniqueConstraintDefinition>())
                        Indexes.Add(new($"{table}.{column.ColumnIdentifier.Value}", table, [column.ColumnIdentifier.Value], key.Clustered ?? key.IsPrimaryKey));
                }
                foreach (var key in create.Definition.TableConstraints.OfType<UniqueConstraintDefinition>())
                    Indexes.Add(new($"{table} key", table, key.Columns.Select(ColumnName).ToList(), key.Clustered ?? key.IsPrimaryKey));
                break;
            case AlterTableAddTableElementStatement add:
                foreach (var column in add.Definition.ColumnDefinitions)
                    Tables[add.SchemaObjectName.BaseIdentifier.Value][column.ColumnIdentifier.Value] = Describe(column, Tables[add.SchemaObjectName.BaseIdentifier.Value]);
                break;
            case AlterTableAlterColumnStatement alter when alter.DataType is not null:
                Tables[alter.SchemaObjectName.BaseIdentifier.Value][alter.ColumnIdentifier.Value] = Describe(alter.DataType);
                break;
            case AlterTableDropTableElementStatement drop:
                // In DROP COLUMN a, b, c only the first element names its kind; the others are of the same kind.
                var kind = TableElementType.NotSpecified;
                foreach (var element in drop.AlterTableDropTableElements)
                {
                    if (element.TableElementType != TableElementType.NotSpecified) kind = element.TableElementType;
                    if (kind == TableElementType.Column) Tables[drop.SchemaObjectName.BaseIdentifier.Value].Remove(element.Name.Value);
                }
                break;
            case DropTableStatement dropTable:
                foreach (var name in dropTable.Objects) Tables.Remove(name.BaseIdentifier.Value);
                break;
            case CreateIndexStatement index:
                Indexes.Add(new(index.Name.Value, index.OnName.BaseIdentifier.Value, index.Columns.Select(ColumnName).ToList(), index.Clustered ?? false));
                break;
            case ExecuteStatement execute:
                ApplyExecute(execute);
                break;
        }
    }

    /// <summary>sp_rename N'table.column', N'new', N'COLUMN'; EXEC (N'…') runs its text as a statement of its own.</summary>
    private void ApplyExecute(ExecuteStatement execute)
    {
        switch (execute.ExecuteSpecification.ExecutableEntity)
        {
            case ExecutableProcedureReference procedure when procedure.ProcedureReference?.ProcedureReference?.Name.BaseIdentifier.Value == "sp_rename":
                var values = procedure.Parameters.Select(p => ((StringLiteral)p.ParameterValue).Value).ToList();
                var parts = values[0].Split('.');
                var columns = Tables[parts[0]];
                columns[values[1]] = columns[parts[1]];
                columns.Remove(parts[1]);
                break;
            case ExecutableStringList text:
                Apply(string.Concat(text.Strings.OfType<StringLiteral>().Select(s => s.Value)));
                break;
        }
    }

    private static string ColumnName(ColumnWithSortOrder column) => column.Column.MultiPartIdentifier.Identifiers[^1].Value;

    private static Column Describe(ColumnDefinition column, Dictionary<string, Column> table)
    {
        if (column.DataType is not null) return Describe(column.DataType);
        // A persisted computed column (e.g. COALESCE(region_code, N'')) is as wide as the widest column it reads.
        var visitor = new ColumnReferences();
        column.ComputedColumnExpression.Accept(visitor);
        var widths = visitor.Names.Select(n => table.TryGetValue(n, out var c) ? c.KeyBytes : null).ToList();
        return new Column("computed", "computed", widths.Count == 0 ? null : widths.Max());
    }

    private static Column Describe(DataTypeReference type)
    {
        var text = string.Concat(Enumerable.Range(type.FirstTokenIndex, type.LastTokenIndex - type.FirstTokenIndex + 1)
            .Select(i => type.ScriptTokenStream[i].Text)).ToUpperInvariant();
        if (type is not SqlDataTypeReference sql) return new Column(text, text, null);
        var length = sql.Parameters.Count > 0 && sql.Parameters[0] is IntegerLiteral integer ? int.Parse(integer.Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return sql.SqlDataTypeOption switch
        {
            SqlDataTypeOption.NVarChar or SqlDataTypeOption.NChar => new Column(text, "text", length * 2),
            SqlDataTypeOption.VarChar or SqlDataTypeOption.Char => new Column(text, "text", length),
            SqlDataTypeOption.Int => new Column(text, "integer", 4),
            SqlDataTypeOption.BigInt => new Column(text, "integer", 8),
            SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric => new Column(text, "decimal", 17),
            SqlDataTypeOption.DateTimeOffset => new Column(text, "instant", 10),
            SqlDataTypeOption.Date => new Column(text, "date", 3),
            SqlDataTypeOption.Bit => new Column(text, "bool", 1),
            SqlDataTypeOption.Rowversion or SqlDataTypeOption.Timestamp => new Column(text, "rowversion", 8),
            _ => new Column(text, text, null),
        };
    }

    private sealed class ColumnReferences : TSqlFragmentVisitor
    {
        public List<string> Names { get; } = [];

        public override void Visit(ColumnReferenceExpression node) => Names.Add(node.MultiPartIdentifier.Identifiers[^1].Value);
    }
}
