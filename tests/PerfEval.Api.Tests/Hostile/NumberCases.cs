namespace PerfEval.Api.Tests.Hostile;

/// <summary>Numbers beyond what the schema accepts (decimal's range, 15 integer digits, 6 decimals, int years): 422 at the number.</summary>
public static class NumberCases
{
    private static readonly string[] MoneyAndCountFields =
        ["/finance/final/expenditure/total/value", "/finance/final/expenditure/basic/value", "/outputs/0/value"];

    private static readonly string[] OutOfRange =
    [
        "1e400", "-1e400", "1" + new string('0', 59), "0." + new string('1', 60), "79228162514264337593543950336", "-79228162514264337593543950336",
        "1e16", "-1e16", "1000000000000000", "1234567890123456.5", "0.0000001", "1e28", "1.0000000", "-0.1234567",
    ];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var field in MoneyAndCountFields)
            foreach (var raw in OutOfRange)
                yield return new($"number {raw[..Math.Min(raw.Length, 24)]} ({raw.Length} chars) at {field}",
                    w => Raw.Put(w.NewReportPath, ReportBodies.WithRaw(field, raw)), 422, field);

        foreach (var raw in new[] { "2147483648", "1e3", "2023.0", "2023.5", "-1", "0", "99999", "-2147483649", "1e400" })
            yield return new($"number fiscal year {raw}", w => Raw.Put(w.NewReportPath, ReportBodies.WithRaw("/fiscalYear", raw)), 422, "/fiscalYear");
    }
}
