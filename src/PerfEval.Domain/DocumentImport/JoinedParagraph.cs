namespace PerfEval.Domain.DocumentImport;

/// <summary>
/// Paragraphs as the reader should see them: a source paragraph that breaks off mid-sentence (a line wrapped by the
/// converter, "…事业收入 0 万元，占 0%；经营" then "收入 0 万元") is joined with the next. Offsets in the joined text map back
/// to the source paragraph and its own offsets, so provenance always points into what the file holds.
/// </summary>
public sealed class JoinedParagraph
{
    private readonly List<(int Offset, SourceParagraph Source)> parts = [];

    public string Text { get; private set; } = "";

    public SourceParagraph First => parts[0].Source;

    public (SourceParagraph Source, int Offset) Locate(int offset)
    {
        var part = parts.Last(p => p.Offset <= offset);
        return (part.Source, Math.Min(offset - part.Offset, part.Source.Text.Length));
    }

    /// <summary>Joins wrapped paragraphs; a paragraph that ends in the middle of a word (a CJK ideograph, at least 15 characters) continues.</summary>
    public static IReadOnlyList<JoinedParagraph> Join(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var joined = new List<JoinedParagraph>();
        JoinedParagraph? open = null;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Text.Trim().Length == 0)
            {
                if (open is null) joined.Add(Single(paragraph));
                continue;
            }
            if (open is not null)
            {
                if (Outline.IsHeading(paragraph.Text, NumberScanner.Scan(paragraph.Text)))
                {
                    open = null;
                }
                else
                {
                    open.parts.Add((open.Text.Length, paragraph));
                    open.Text += paragraph.Text;
                    if (!BreaksOff(paragraph.Text)) open = null;
                    continue;
                }
            }
            var single = Single(paragraph);
            joined.Add(single);
            if (BreaksOff(paragraph.Text) && !Outline.IsHeading(paragraph.Text, NumberScanner.Scan(paragraph.Text))) open = single;
        }
        return joined;
    }

    private static JoinedParagraph Single(SourceParagraph paragraph)
    {
        var single = new JoinedParagraph { Text = paragraph.Text };
        single.parts.Add((0, paragraph));
        return single;
    }

    private static bool BreaksOff(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length >= 15 && trimmed[^1] is >= '\u4e00' and <= '\u9fff' && !trimmed.Contains('\t', StringComparison.Ordinal);
    }
}
