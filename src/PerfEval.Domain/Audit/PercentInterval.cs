namespace PerfEval.Domain.Audit;

/// <summary>The values a percentage of two written figures can take when each is anywhere within ± its half unit.</summary>
public static class PercentInterval
{
    /// <summary>part / whole × 100: its lowest and highest possible value and the value of the figures as written;
    /// null when the whole is not positive or the arithmetic leaves decimal's range.</summary>
    public static (decimal Low, decimal High, decimal Value)? Of(Figure part, Figure whole)
    {
        if (whole.Value <= 0 || SafeMath.Percent(part.Value, whole.Value) is not { } value) return null;
        var lowWhole = Math.Max(whole.Value - whole.HalfUnit, 0.0000001m);
        if (SafeMath.Add(whole.Value, whole.HalfUnit) is not { } highWhole || SafeMath.Add(part.Value, part.HalfUnit) is not { } highPart
            || SafeMath.Subtract(part.Value, part.HalfUnit) is not { } lowPart) return null;
        decimal?[] corners = [SafeMath.Percent(lowPart, highWhole), SafeMath.Percent(lowPart, lowWhole), SafeMath.Percent(highPart, highWhole), SafeMath.Percent(highPart, lowWhole)];
        if (corners.Any(c => c is null)) return null;
        return (corners.Min()!.Value, corners.Max()!.Value, value);
    }
}
