namespace PerfEval.Application.Abstractions;

public interface IHolidayRepository
{
    /// <summary>Replaces one year's holidays and make-up working days.</summary>
    Task ReplaceYearAsync(int year, IReadOnlyList<HolidayRecord> days, CancellationToken cancellationToken);
    Task<IReadOnlyList<HolidayRecord>> ListAsync(CancellationToken cancellationToken);
}
