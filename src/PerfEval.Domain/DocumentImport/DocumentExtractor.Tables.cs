namespace PerfEval.Domain.DocumentImport;

public static partial class DocumentExtractor
{
    private sealed partial class ExtractionRun
    {
        /// <summary>The attached 自评表: its entry of indicatorTables, a provenance per placed cell, every other number of it unread.</summary>
        public void ReadIndicatorTable(SourceParagraph title, IReadOnlyList<SourceParagraph> body)
        {
            var read = IndicatorTableReader.Read(title, body);
            var pointer = draft.Append("/indicatorTables", read.Table);
            var taken = new HashSet<(int Paragraph, int Offset)>();
            foreach (var placed in read.Placed)
            {
                var (source, offset) = placed.Cell.Locate(placed.Number.Start);
                taken.Add((source.Number, offset));
                provenance.Add(new Provenance(pointer + placed.Pointer, source.Number, source.Page, offset, offset + (placed.Number.End - placed.Number.Start),
                    placed.Cell.Trimmed, placed.Number.Digits, placed.Number.Unit, "indicatorTable"));
            }
            foreach (var paragraph in body)
            {
                foreach (var number in NumberScanner.Scan(paragraph.Text))
                {
                    if (taken.Contains((paragraph.Number, number.Start))) continue;
                    unread.Add(new UnreadNumber(paragraph.Number, paragraph.Page, number.Start, number.End, paragraph.Text.Trim(), number.Digits, number.Unit,
                        "a cell of the 自评表 that is not a value the table reader places (分值, 得分, or a column it cannot tell)"));
                }
            }
        }
    }
}
