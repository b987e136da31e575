namespace PerfEval.Domain.Publication;

/// <summary>
/// 北京时间 (China Standard Time, UTC+8). Deadlines are calendar dates in China, so every instant is turned into a
/// CST date before it is compared with one.
/// <para>
/// A fixed +8 offset instead of the tz database's Asia/Shanghai: China has observed UTC+8 without daylight saving
/// since 1992, so for every fiscal year this platform handles the two agree, while the fixed offset gives the same
/// answer on every machine (no dependence on tzdata or ICU being installed, nor on Windows vs IANA zone ids) and keeps
/// the Domain free of I/O.
/// </para>
/// </summary>
public static class ChinaStandardTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar date in China at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Midnight at the start of <paramref name="date"/> in China, as an instant (offset +08:00).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
