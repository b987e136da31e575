using PerfEval.Application.Abstractions;
using PerfEval.Infrastructure.Database;

namespace PerfEval.Infrastructure.Repositories;

/// <summary>Holiday calendars are national reference data: unscoped; only admins load them.</summary>
public sealed class HolidayRepository(DbSession db) : IHolidayRepository
{
    private static readonly string[] Columns = ["day", "year", "kind", "source", "loaded_at"];

    internal const string DeleteYearSql = "DELETE FROM holidays WHERE year = @Year";
    internal const string ListSql = "SELECT day AS Day, year AS Year, kind AS Kind, source AS Source, loaded_at AS LoadedAt FROM holidays ORDER BY day";

    public async Task ReplaceYearAsync(int year, IReadOnlyList<HolidayRecord> days, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(DeleteYearSql, new { Year = year }, cancellationToken);
        await db.InsertManyAsync("holidays", Columns, days, d => [d.Day, d.Year, d.Kind, d.Source, d.LoadedAt], cancellationToken);
    }

    public Task<IReadOnlyList<HolidayRecord>> ListAsync(CancellationToken cancellationToken) => db.QueryAsync<HolidayRecord>(ListSql, null, cancellationToken);
}
