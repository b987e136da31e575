using System.IO.Compression;
using System.Xml;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Infrastructure.Documents;

/// <summary>
/// Checks a .docx before the Open XML SDK builds anything from it: an OLE compound file (an encrypted .docx or a
/// legacy .doc) and macro-enabled documents are refused; every XML part is read once with a streaming reader that
/// allows no DTD, stops at <see cref="ReportFileLimits.MaxPartCharacters"/> decompressed characters (a zip bomb ends
/// here) and at <see cref="ReportFileLimits.MaxXmlDepth"/> levels of nesting (the SDK recurses per level).
/// </summary>
internal static class DocxPreflight
{
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static void Check(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFile))
            throw new RefusedDocumentException("The file is an encrypted (password-protected) Word document or a legacy .doc: save it as .docx without a password.");
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
            throw new UnreadableDocumentException("The body is not a .docx document (a .docx file is a zip archive).");

        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > ReportFileLimits.MaxArchiveEntries)
            throw new RefusedDocumentException($"The archive has {zip.Entries.Count} entries; at most {ReportFileLimits.MaxArchiveEntries} are read.");
        if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            throw new RefusedDocumentException("The document is macro-enabled (it holds a VBA project): save it as a plain .docx.");

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            MaxCharactersInDocument = ReportFileLimits.MaxPartCharacters,
            XmlResolver = null,
        };
        var budget = new byte[64 * 1024];
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            // The sizes a zip declares can lie; what the part really inflates to is counted, and a bomb stops at the limit.
            using (var inflating = entry.Open())
            {
                long inflated = 0;
                int read;
                while ((read = inflating.Read(budget, 0, budget.Length)) > 0)
                    if ((inflated += read) > ReportFileLimits.MaxPartCharacters)
                        throw new RefusedDocumentException($"{entry.FullName} inflates to more than {ReportFileLimits.MaxPartCharacters} bytes (a zip bomb, or a document too large to import).");
            }
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.Depth > ReportFileLimits.MaxXmlDepth)
                    throw new RefusedDocumentException($"{entry.FullName} nests elements more than {ReportFileLimits.MaxXmlDepth} deep.");
                if (entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) && reader.NodeType == XmlNodeType.Element
                    && reader.GetAttribute("ContentType") is { } contentType && contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                    throw new RefusedDocumentException("The document is macro-enabled (.docm): save it as a plain .docx.");
            }
        }
    }
}
