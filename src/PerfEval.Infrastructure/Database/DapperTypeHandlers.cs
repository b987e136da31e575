using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using PerfEval.Application.Common;
using PerfEval.Domain.Audit;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// Maps the product's types to each provider's native column types, so repositories read and write typed values:
/// instants are <c>timestamptz</c> (PostgreSQL), <c>datetimeoffset</c> (SQL Server) or fixed-width ISO 8601 UTC text
/// (SQLite, which has no instant type); money is <c>numeric</c>/<c>decimal</c> or exact text on SQLite; stored JSON is
/// <c>jsonb</c> on PostgreSQL. Dapper's handlers are process-wide, so each one decides by the parameter's provider.
/// </summary>
public static class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        // Dapper consults a custom handler only for types it has no built-in mapping for.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.RemoveTypeMap(typeof(DateOnly));
        SqlMapper.RemoveTypeMap(typeof(DateOnly?));
        SqlMapper.RemoveTypeMap(typeof(decimal));
        SqlMapper.RemoveTypeMap(typeof(decimal?));
        SqlMapper.AddTypeHandler(new InstantHandler());
        SqlMapper.AddTypeHandler(new DateHandler());
        SqlMapper.AddTypeHandler(new DecimalHandler());
        SqlMapper.AddTypeHandler(new JsonTextHandler());
        SqlMapper.AddTypeHandler(new JsonColumnHandler<Finding>());
        SqlMapper.AddTypeHandler(new JsonColumnHandler<MetricsSnapshot>());
        SqlMapper.AddTypeHandler(new JsonTextColumnHandler<IReadOnlyDictionary<string, int>>());
        SqlMapper.AddTypeHandler(new JsonTextColumnHandler<IReadOnlyDictionary<string, decimal>>());
    }

    private sealed class InstantHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        private const string SqliteFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.UtcDateTime.ToString(SqliteFormat, CultureInfo.InvariantCulture);
                return;
            }
            parameter.DbType = DbType.DateTimeOffset;
            // Npgsql writes timestamptz only from UTC values.
            parameter.Value = parameter is NpgsqlParameter ? value.ToUniversalTime() : value;
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset instant => instant.ToUniversalTime(),
            DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            _ => throw new InvalidCastException($"Cannot read an instant from {value.GetType().Name}."),
        };
    }

    private sealed class DateHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return;
            }
            parameter.DbType = DbType.Date;
            parameter.Value = value;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException($"Cannot read a date from {value.GetType().Name}."),
        };
    }

    private sealed class DecimalHandler : SqlMapper.TypeHandler<decimal>
    {
        public override void SetValue(IDbDataParameter parameter, decimal value)
        {
            if (parameter is SqliteParameter)
            {
                // Text keeps every written digit (1200.50 stays 1200.50); SQLite's numeric affinity would not.
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString(CultureInfo.InvariantCulture);
                return;
            }
            parameter.DbType = DbType.Decimal;
            parameter.Value = value;
        }

        public override decimal Parse(object value) => value switch
        {
            decimal d => d,
            string text => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            long l => l,
            int i => i,
            double d => (decimal)d,
            _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        };
    }

    private sealed class JsonTextHandler : SqlMapper.TypeHandler<JsonText>
    {
        public override void SetValue(IDbDataParameter parameter, JsonText value)
        {
            if (parameter is NpgsqlParameter npgsql) npgsql.NpgsqlDbType = NpgsqlDbType.Jsonb;
            else parameter.DbType = DbType.String;
            parameter.Value = value.Json;
        }

        public override JsonText Parse(object value) => new((string)value);
    }
}

/// <summary>A value stored as JSON in the product's one JSON contract (jsonb on PostgreSQL, text elsewhere).</summary>
internal sealed class JsonColumnHandler<T> : SqlMapper.TypeHandler<T>
{
    public override void SetValue(IDbDataParameter parameter, T? value)
    {
        if (parameter is NpgsqlParameter npgsql) npgsql.NpgsqlDbType = NpgsqlDbType.Jsonb;
        else parameter.DbType = DbType.String;
        parameter.Value = value is null ? DBNull.Value : JsonSerializer.Serialize(value, ApiJson.Options);
    }

    public override T? Parse(object value) => JsonSerializer.Deserialize<T>((string)value, ApiJson.Options);
}

/// <summary>A value stored as JSON in a plain text column (small maps the product reads whole, never queries into).</summary>
internal sealed class JsonTextColumnHandler<T> : SqlMapper.TypeHandler<T>
{
    public override void SetValue(IDbDataParameter parameter, T? value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = value is null ? DBNull.Value : JsonSerializer.Serialize(value, ApiJson.Options);
    }

    public override T? Parse(object value) => JsonSerializer.Deserialize<T>((string)value, ApiJson.Options);
}

/// <summary>A JSON text written to a JSON column (jsonb on PostgreSQL, text elsewhere).</summary>
public readonly record struct JsonText(string Json)
{
    public static JsonText? OrNull(string? json) => json is null ? null : new JsonText(json);
}
