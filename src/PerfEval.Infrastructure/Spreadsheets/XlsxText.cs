using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Infrastructure.Spreadsheets;

/// <summary>Text of shared-string items and inline strings: plain text and rich-text runs, never the phonetic (rPh) guide.</summary>
internal static class XlsxText
{
    public static string Of(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text plain) text.Append(plain.Text);
            else if (child is Run run && run.Text is { } runText) text.Append(runText.Text);
        }
        return text.ToString();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (lone surrogates, U+FFFE/U+FFFF, most controls); surrogate pairs
    /// (CJK Extension B, emoji) are kept whole.</summary>
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) clean.Append(text, i++, 2);
            else if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
        }
        return clean.Length == text.Length ? text : clean.ToString();
    }
}
