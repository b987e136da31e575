namespace PerfEval.Domain.Publication;

/// <summary>
/// The national holiday arrangements for 2022–2026, transcribed from the 国务院办公厅 notices named below. Each notice
/// lists the days off (放假调休, every date of the stated range, weekends included) and the weekend days that are
/// working days (上班). A year whose notice has not been checked is left out, so working-day deadlines reaching
/// into it stay unknown rather than wrong; add the next year's notice here when it is issued (usually in
/// October–December).
/// </summary>
public static class OfficialHolidayCalendars
{
    public static IReadOnlyList<HolidayNotice> Notices { get; } =
    [
        new(2022, "国务院办公厅关于2022年部分节假日安排的通知", null, new DateOnly(2021, 10, 25),
        [
            .. Off("2022-01-01", "2022-01-03"),                                               // 元旦
            .. Off("2022-01-31", "2022-02-06"), Work("2022-01-29"), Work("2022-01-30"),      // 春节
            .. Off("2022-04-03", "2022-04-05"), Work("2022-04-02"),                          // 清明节
            .. Off("2022-04-30", "2022-05-04"), Work("2022-04-24"), Work("2022-05-07"),      // 劳动节
            .. Off("2022-06-03", "2022-06-05"),                                               // 端午节
            .. Off("2022-09-10", "2022-09-12"),                                               // 中秋节
            .. Off("2022-10-01", "2022-10-07"), Work("2022-10-08"), Work("2022-10-09"),      // 国庆节
        ]),
        new(2023, "国务院办公厅关于2023年部分节假日安排的通知", null, new DateOnly(2022, 12, 8),
        [
            .. Off("2022-12-31", "2023-01-02"),                                               // 元旦
            .. Off("2023-01-21", "2023-01-27"), Work("2023-01-28"), Work("2023-01-29"),      // 春节
            .. Off("2023-04-05", "2023-04-05"),                                               // 清明节
            .. Off("2023-04-29", "2023-05-03"), Work("2023-04-23"), Work("2023-05-06"),      // 劳动节
            .. Off("2023-06-22", "2023-06-24"), Work("2023-06-25"),                          // 端午节
            .. Off("2023-09-29", "2023-10-06"), Work("2023-10-07"), Work("2023-10-08"),      // 中秋节、国庆节
        ]),
        new(2024, "国务院办公厅关于2024年部分节假日安排的通知", "国办发明电〔2023〕7号", new DateOnly(2023, 10, 25),
        [
            .. Off("2024-01-01", "2024-01-01"),                                               // 元旦
            .. Off("2024-02-10", "2024-02-17"), Work("2024-02-04"), Work("2024-02-18"),      // 春节
            .. Off("2024-04-04", "2024-04-06"), Work("2024-04-07"),                          // 清明节
            .. Off("2024-05-01", "2024-05-05"), Work("2024-04-28"), Work("2024-05-11"),      // 劳动节
            .. Off("2024-06-10", "2024-06-10"),                                               // 端午节
            .. Off("2024-09-15", "2024-09-17"), Work("2024-09-14"),                          // 中秋节
            .. Off("2024-10-01", "2024-10-07"), Work("2024-09-29"), Work("2024-10-12"),      // 国庆节
        ]),
        new(2025, "国务院办公厅关于2025年部分节假日安排的通知", "国办发明电〔2024〕12号", new DateOnly(2024, 11, 12),
        [
            .. Off("2025-01-01", "2025-01-01"),                                               // 元旦
            .. Off("2025-01-28", "2025-02-04"), Work("2025-01-26"), Work("2025-02-08"),      // 春节
            .. Off("2025-04-04", "2025-04-06"),                                               // 清明节
            .. Off("2025-05-01", "2025-05-05"), Work("2025-04-27"),                          // 劳动节
            .. Off("2025-05-31", "2025-06-02"),                                               // 端午节
            .. Off("2025-10-01", "2025-10-08"), Work("2025-09-28"), Work("2025-10-11"),      // 国庆节、中秋节
        ]),
        new(2026, "国务院办公厅关于2026年部分节假日安排的通知", null, new DateOnly(2025, 11, 4),
        [
            .. Off("2026-01-01", "2026-01-03"), Work("2026-01-04"),                          // 元旦
            .. Off("2026-02-15", "2026-02-23"), Work("2026-02-14"), Work("2026-02-28"),      // 春节
            .. Off("2026-04-04", "2026-04-06"),                                               // 清明节
            .. Off("2026-05-01", "2026-05-05"), Work("2026-05-09"),                          // 劳动节
            .. Off("2026-06-19", "2026-06-21"),                                               // 端午节
            .. Off("2026-09-25", "2026-09-27"),                                               // 中秋节
            .. Off("2026-10-01", "2026-10-07"), Work("2026-09-20"), Work("2026-10-10"),      // 国庆节
        ]),
    ];

    private static readonly Lazy<HolidayCalendar> Calendar = new(() =>
        new HolidayCalendar(Notices.Select(n => n.Year), Notices.SelectMany(n => n.Days)));

    /// <summary>Mainland China's working-day calendar for every year in <see cref="Notices"/>.</summary>
    public static HolidayCalendar China => Calendar.Value;

    private static IEnumerable<CalendarDay> Off(string first, string last)
    {
        var from = DateOnly.ParseExact(first, "yyyy-MM-dd");
        var to = DateOnly.ParseExact(last, "yyyy-MM-dd");
        for (var date = from; date <= to; date = date.AddDays(1))
            yield return new CalendarDay(date, CalendarDayKind.Holiday);
    }

    private static CalendarDay Work(string date) => new(DateOnly.ParseExact(date, "yyyy-MM-dd"), CalendarDayKind.Workday);
}
