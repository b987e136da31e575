using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Domain.Reports.SelfEvaluationSheets;

namespace PerfEval.Infrastructure.Spreadsheets;

/// <summary>The exported workbook's few styles: bordered, wrapped body cells; bold shaded headers; a large centred title; percentages.</summary>
internal static class XlsxStyles
{
    public const uint Body = 1;
    public const uint Header = 2;
    public const uint Title = 3;
    public const uint Percent = 4;
    public const uint PercentWithDecimals = 5;

    private const string FontName = "宋体";

    public static uint For(SheetCell cell) => cell.Style switch
    {
        SheetCellStyle.Title => Title,
        SheetCellStyle.Header => Header,
        _ when cell.IsPercent => cell.Number is { } n && n == decimal.Truncate(n) ? Percent : PercentWithDecimals,
        _ => Body,
    };

    public static Stylesheet Create() => new(
        new Fonts(Font(11, bold: false), Font(11, bold: true), Font(16, bold: true)) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(), ThinBorder()) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(0, fontId: 0, fillId: 0, border: true, HorizontalAlignmentValues.Left),
            Format(0, fontId: 1, fillId: 2, border: true, HorizontalAlignmentValues.Center),
            Format(0, fontId: 2, fillId: 0, border: false, HorizontalAlignmentValues.Center),
            Format(9, fontId: 0, fillId: 0, border: true, HorizontalAlignmentValues.Right),
            Format(10, fontId: 0, fillId: 0, border: true, HorizontalAlignmentValues.Right)) { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
        new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
        new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
        new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
        new DiagonalBorder());

    private static CellFormat Format(uint numberFormat, uint fontId, uint fillId, bool border, HorizontalAlignmentValues horizontal) =>
        new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
        {
            NumberFormatId = numberFormat,
            FontId = fontId,
            FillId = fillId,
            BorderId = border ? 1u : 0u,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = fontId != 0 ? true : null,
            ApplyFill = fillId != 0 ? true : null,
            ApplyBorder = border,
            ApplyAlignment = true,
        };
}
