namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>How the writer wants a cell to look; a reader ignores it.</summary>
public enum SheetCellStyle
{
    Body,
    Header,
    Title,
}

/// <summary>
/// One cell's value: text, or a number. <see cref="IsPercent"/> says the workbook formats the number as a percentage;
/// <see cref="Number"/> is then the percentage shown (1 formatted "0%" is 100).
/// </summary>
public sealed record SheetCell
{
    public string? Text { get; init; }
    public decimal? Number { get; init; }
    public bool IsPercent { get; init; }
    public SheetCellStyle Style { get; init; }

    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);

    public static SheetCell OfText(string text, SheetCellStyle style = SheetCellStyle.Body) => new() { Text = text, Style = style };

    /// <summary>
    /// A numeric cell whose stored number a decimal cannot hold without changing it (1E-300 would read as 0, 1E+300
    /// does not fit): kept as its text and refused where a number is read, never rounded.
    /// </summary>
    public bool IsUnrepresentableNumber { get; init; }

    public static SheetCell OfUnrepresentableNumber(string stored) => new() { Text = stored, IsUnrepresentableNumber = true };

    public static SheetCell OfNumber(decimal number, SheetCellStyle style = SheetCellStyle.Body) => new() { Number = number, Style = style };

    public static SheetCell OfPercent(decimal percent, SheetCellStyle style = SheetCellStyle.Body) => new() { Number = percent, IsPercent = true, Style = style };

    /// <summary>The value as a reader shows it: the text, or the number (with % when it is a percentage).</summary>
    public override string ToString() => Number is { } n ? SheetNumbers.Format(n) + (IsPercent ? "%" : "") : Text ?? "";
}
