using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PerfEval.Api.Tests.DocumentImport;

/// <summary>Files built to hurt a document reader: zip bombs, deep XML, macro and encrypted Word files, PDFs without text, with too many pages, encrypted or broken.</summary>
public static class HostileDocuments
{
    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A .docx whose document.xml inflates from a few kilobytes to 64 MB of blanks inside one text run.</summary>
    public static byte[] ZipBombDocx() => Docx(writer =>
    {
        writer.Write($"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>");
        var blanks = new string(' ', 1024 * 1024);
        for (var i = 0; i < 64; i++) writer.Write(blanks);
        writer.Write("</w:t></w:r></w:p></w:body></w:document>");
    });

    /// <summary>A .docx whose body nests 100,000 elements (the SDK would recurse once per level).</summary>
    public static byte[] DeeplyNestedDocx() => Docx(writer =>
    {
        writer.Write($"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        for (var i = 0; i < 100_000; i++) writer.Write("<w:sdt>");
        for (var i = 0; i < 100_000; i++) writer.Write("</w:sdt>");
        writer.Write("</w:body></w:document>");
    });

    /// <summary>A small valid .docx with one paragraph.</summary>
    public static byte[] PlainDocx(string paragraph) => Docx(writer =>
        writer.Write($"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p></w:body></w:document>"));

    /// <summary>A .docx that carries a VBA project (what a .docm renamed to .docx holds).</summary>
    public static byte[] MacroDocx() => Docx(writer =>
        writer.Write($"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>2023年总收入1839.74万元</w:t></w:r></w:p></w:body></w:document>"),
        extra: ("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]));

    /// <summary>What Word writes for a password-protected document: an OLE compound file, not a zip.</summary>
    public static byte[] EncryptedDocx()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Docx(Action<StreamWriter> document, (string Name, byte[] Bytes)? extra = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", w => w.Write(ContentTypes));
            Entry(zip, "_rels/.rels", w => w.Write(Rels));
            Entry(zip, "word/document.xml", document);
            if (extra is { } e)
                using (var entry = zip.CreateEntry(e.Name).Open()) entry.Write(e.Bytes);
        }
        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        write(writer);
    }

    /// <summary>A PDF of <paramref name="pages"/> empty pages (no text layer: what a scan without OCR gives), optionally with an /Encrypt dictionary.</summary>
    public static byte[] Pdf(int pages, bool encrypted = false)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [" + string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 3} 0 R")) + $"] /Count {pages} >>",
        };
        for (var i = 0; i < pages; i++) objects.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        if (encrypted) objects.Add("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>");

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R");
        if (encrypted) pdf.Append(CultureInfo.InvariantCulture, $" /Encrypt {objects.Count} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
        pdf.Append(CultureInfo.InvariantCulture, $" >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>"司法局" in GBK: bytes that are not UTF-8.</summary>
    public static byte[] GbkText() => [0xCB, 0xBE, 0xB7, 0xA8, 0xBE, 0xD6, 0x0A];
}
