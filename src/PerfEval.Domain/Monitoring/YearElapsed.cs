namespace PerfEval.Domain.Monitoring;

/// <summary>
/// How much of the fiscal year (1 January – 31 December, 预算法) has passed at the end of a monitoring period: the days
/// from 1 January to the period's end inclusive over the days of the year, capped at 1 (a period may end in the
/// January after the year). This is the 序时进度 the monitoring notices measure execution and progress against.
/// </summary>
public static class YearElapsed
{
    public static decimal Share(int fiscalYear, DateOnly periodEndsOn)
    {
        var start = new DateOnly(fiscalYear, 1, 1);
        var days = DateTime.IsLeapYear(fiscalYear) ? 366 : 365;
        var elapsed = periodEndsOn.DayNumber - start.DayNumber + 1;
        if (elapsed <= 0) return 0m;
        return Math.Min(1m, (decimal)elapsed / days);
    }
}
