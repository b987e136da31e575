using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// Writes of a transaction whose row counts nobody reads (the version row, findings, ledger rows, the change-feed
/// rows, the workflow history), held until the transaction's next statement and then sent as ONE command: on a
/// database server each statement is a network round trip, and a PUT used to spend most of its time waiting for
/// them one by one. Each statement's parameters are renamed (<c>@AgencyId</c> of the third becomes
/// <c>@w2_AgencyId</c>) so that statements with the same names share one command without colliding.
/// </summary>
public sealed partial class DeferredWrites
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();
    private readonly List<(string Sql, object? Parameters)> _statements = [];

    public int Count => _statements.Count;

    public void Add(string sql, object? parameters)
    {
        if (parameters is System.Collections.IEnumerable and not string)
            throw new InvalidOperationException("A deferred write takes one parameter object; a list would run the statement once per row.");
        _statements.Add((sql, parameters));
    }

    public void Clear() => _statements.Clear();

    /// <summary>The held statements as one command text and its parameters; the list is emptied.</summary>
    public (string Sql, DynamicParameters Parameters) Take()
    {
        var sql = new StringBuilder();
        var parameters = new DynamicParameters();
        for (var i = 0; i < _statements.Count; i++)
        {
            var (text, values) = _statements[i];
            var prefix = $"w{i}_";
            var used = new HashSet<string>(StringComparer.Ordinal);
            sql.Append(ParameterName().Replace(text, m =>
            {
                used.Add(m.Groups[1].Value);
                return "@" + prefix + m.Groups[1].Value;
            })).Append(";\n");
            foreach (var name in used)
            {
                var (value, type) = ValueOf(values, name);
                // A null keeps the type its property declares, as Dapper gives it when it binds the object itself.
                parameters.Add(prefix + name, value, value is null ? NullType(type) : null);
            }
        }
        _statements.Clear();
        return (sql.ToString(), parameters);
    }

    private static System.Data.DbType? NullType(Type? declared)
    {
        var type = declared is null ? null : Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(string)) return System.Data.DbType.String;
        if (type == typeof(int)) return System.Data.DbType.Int32;
        if (type == typeof(long)) return System.Data.DbType.Int64;
        return null;
    }

    private static (object? Value, Type? Type) ValueOf(object? values, string name)
    {
        switch (values)
        {
            case null:
                break;
            case DynamicParameters dynamic:
                // Only parameters added by name can be read back (a DynamicParameters built from a template cannot).
                if (dynamic.ParameterNames.Contains(name, StringComparer.Ordinal)) return (((SqlMapper.IParameterLookup)dynamic)[name], null);
                break;
            default:
                var property = Properties.GetOrAdd(values.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                    .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (property is not null) return (property.GetValue(values), property.PropertyType);
                break;
        }
        throw new InvalidOperationException($"The deferred statement uses @{name}, which its parameters do not name.");
    }

    // A parameter reference: '@' + name, not part of '@@' (SQL Server's system functions) or of a longer word.
    [GeneratedRegex(@"(?<![@\w])@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
