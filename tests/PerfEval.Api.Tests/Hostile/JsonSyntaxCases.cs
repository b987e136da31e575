using System.Text;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>Bodies that are not well-formed JSON or not UTF-8: 400 before anything reads them.</summary>
public static class JsonSyntaxCases
{
    public static IEnumerable<HostileCase> All()
    {
        var valid = ReportBodies.Valid();
        for (var cut = 0; cut < valid.Length - 1; cut += Math.Max(1, valid.Length / 40))
        {
            var truncated = valid[..cut];
            yield return Bad($"truncated at {cut}", truncated);
        }

        foreach (var (name, tail) in new[] { ("x", "x"), ("brace", "}"), ("object", "{}"), ("array", "[]"), ("comma", ","), ("number", " 1"),
                     ("NUL", "\u0000"), ("line comment", "//c"), ("block comment", "/*c*/"), ("second document", valid) })
            yield return Bad($"trailing garbage: {name}", valid + tail);

        yield return Bad("two byte order marks", "\uFEFF\uFEFF" + valid);
        yield return Bad("byte order mark then truncated", "\uFEFF" + valid[..20]);
        yield return Bytes("UTF-16LE byte order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(valid)]);
        yield return Bytes("UTF-16BE body", Encoding.BigEndianUnicode.GetBytes(valid));

        foreach (var literal in new[] { "NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10", "1e", "-", "1_000", "1,5", "undefined", "True", "nil" })
            yield return Bad($"number literal {literal}", ReportBodies.WithRaw("/finance/final/expenditure/total/value", literal));

        foreach (var (name, body) in new[]
                 {
                     ("single quotes", "{'schemaVersion':'1.0'}"),
                     ("unquoted key", "{schemaVersion:\"1.0\"}"),
                     ("trailing comma in object", valid.TrimEnd()[..^1] + ",}"),
                     ("trailing comma in array", ReportBodies.WithRaw("/outputs", "[1,]")),
                     ("missing colon", "{\"schemaVersion\" \"1.0\"}"),
                     ("missing comma", "{\"schemaVersion\":\"1.0\" \"fiscalYear\":2023}"),
                     ("invalid escape", ReportBodies.WithRaw("/agency/name", "\"a\\xb\"")),
                     ("short unicode escape", ReportBodies.WithRaw("/agency/name", "\"a\\u12\"")),
                     ("raw tab in string", ReportBodies.WithRaw("/agency/name", "\"a\tb\"")),
                     ("raw newline in string", ReportBodies.WithRaw("/agency/name", "\"a\nb\"")),
                     ("raw NUL in string", ReportBodies.WithRaw("/agency/name", "\"a\u0000b\"")),
                     ("unterminated string", "{\"schemaVersion\":\"1.0}"),
                     ("empty body", ""),
                     ("only whitespace", " \r\n\t "),
                     ("only a byte order mark", "\uFEFF"),
                     ("10k-deep arrays", new string('[', 10_000) + new string(']', 10_000)),
                     ("10k-deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)),
                     ("65 levels, one over the limit", string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65)),
                 })
            yield return Bad(body.Length > 0 ? $"syntax: {name}" : $"syntax: {name} (no bytes)", body);

        var name8 = Encoding.UTF8.GetBytes(ReportBodies.WithRaw("/agency/name", "\"__bytes__\""));
        foreach (var (name, bytes) in new (string, byte[])[]
                 {
                     ("byte FF", [0xFF]), ("overlong NUL C0 80", [0xC0, 0x80]), ("encoded surrogate ED A0 80", [0xED, 0xA0, 0x80]),
                     ("lone continuation 80", [0x80]), ("truncated sequence E4 B8", [0xE4, 0xB8]), ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
                     ("five-byte form", [0xF8, 0x88, 0x80, 0x80, 0x80]), ("overlong slash C0 AF", [0xC0, 0xAF]), ("Latin-1 é", [0xE9]),
                 })
            yield return Bytes($"invalid UTF-8: {name}", Splice(name8, "__bytes__", bytes));
    }

    private static HostileCase Bad(string name, string body) =>
        new($"json {name}", w => Raw.Put(w.NewReportPath, body), 400);

    private static HostileCase Bytes(string name, byte[] body) =>
        new($"json {name}", w => Raw.Request(HttpMethod.Put, w.NewReportPath, body), 400);

    private static byte[] Splice(byte[] text, string marker, byte[] replacement)
    {
        var at = Encoding.UTF8.GetString(text).IndexOf(marker, StringComparison.Ordinal);
        var prefix = Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(text)[..at]);
        return [.. text[..prefix], .. replacement, .. text[(prefix + Encoding.UTF8.GetByteCount(marker))..]];
    }
}
