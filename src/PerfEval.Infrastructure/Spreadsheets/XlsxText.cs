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

    /// <summary>Drops characters XML 1.0 cannot carry (a stored document never has them; this keeps a writer from failing).</summary>
    public static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());
}
