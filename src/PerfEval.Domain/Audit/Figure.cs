using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

/// <summary>
/// A stated number with where it is and how precisely it was written: a figure written "827.32" stands for any
/// value in 827.315–827.325, so comparisons allow each operand its half unit of the last written digit.
/// </summary>
public sealed record Figure(string Pointer, decimal Value, decimal HalfUnit, string Unit, string Written)
{
    /// <summary>Money as 万元 (the unit the comparisons use), or null when the figure has no value or an unknown unit.</summary>
    public static Figure? Of(Money? money, string pointer)
    {
        if (money?.Value is not { } value || MoneyUnits.ToTenThousandYuan(value, money.Unit) is not { } wan) return null;
        var half = MoneyUnits.ToTenThousandYuan(MoneyHalfUnit(value), money.Unit)!.Value;
        return new Figure(pointer + "/value", wan, half, MoneyUnits.TenThousandYuan, $"{value}{money.Unit}");
    }

    /// <summary>The number exactly as written, ignoring its unit (for unit-slip checks).</summary>
    public static Figure? Raw(Money? money, string pointer) =>
        money?.Value is { } value ? new Figure(pointer + "/value", value, MoneyHalfUnit(value), money.Unit, $"{value}{money.Unit}") : null;

    /// <summary>
    /// An amount written with decimals ("827.32") may be rounded: ± half a unit of its last digit. One written without
    /// decimals ("115", "3", "0") is taken as exact: reports write round budgets and zeros that way, not rounded values.
    /// </summary>
    public static decimal MoneyHalfUnit(decimal value) => value.Scale == 0 ? 0m : HalfUnitOf(value);

    public static Figure? Of(decimal? value, string pointer, string unit = "") =>
        value is { } v ? new Figure(pointer, v, HalfUnitOf(v), unit, $"{v}{unit}") : null;

    public static decimal HalfUnitOf(decimal value) => 0.5m / Pow10(value.Scale);

    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10m;
        return result;
    }
}
