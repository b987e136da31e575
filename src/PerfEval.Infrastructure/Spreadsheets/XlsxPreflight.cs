using System.IO.Compression;
using System.Xml;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Infrastructure.Spreadsheets;

/// <summary>
/// Checks every XML part of the archive with a plain streaming reader before the Open XML SDK builds anything from
/// it: no DTDs, no part over <see cref="WorkbookLimits.MaxPartCharacters"/>, no element nested deeper than
/// <see cref="MaxDepth"/> (the SDK builds elements recursively, so a few kilobytes of nesting would overflow the
/// stack and end the process), and a bounded number of entries.
/// </summary>
internal static class XlsxPreflight
{
    /// <summary>A real worksheet nests some eight levels (worksheet/sheetData/row/c/is/r/t); rich drawings a few more.</summary>
    public const int MaxDepth = 64;

    public const int MaxEntries = 1_000;

    public static void Check(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries) throw Unreadable($"the archive has {zip.Entries.Count} entries");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            MaxCharactersInDocument = WorkbookLimits.MaxPartCharacters,
            XmlResolver = null,
        };
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
                if (reader.Depth > MaxDepth) throw Unreadable($"{entry.FullName} nests elements more than {MaxDepth} deep");
        }
    }

    private static UnreadableWorkbookException Unreadable(string why) => new($"The body is not a readable .xlsx workbook: {why}.");
}
