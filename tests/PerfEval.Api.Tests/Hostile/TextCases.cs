namespace PerfEval.Api.Tests.Hostile;

/// <summary>Text that cannot be stored or echoed: lone surrogates (values and member names), control characters, huge text and names.</summary>
public static class TextCases
{
    private static readonly string[] TextFields = ["/agency/name", "/outputs/0/label", "/outputs/0/unit", "/schemaVersion", "/finance/final/expenditure/total/unit"];

    private static readonly string[] LoneSurrogates = ["\\ud800", "\\udc00", "a\\ud800b", "\\ud800\\ud800", "\\udfff\\ud800"];

    private static readonly string[] MemberParents = ["", "/agency", "/finance/final", "/outputs/0", "/finance/final/expenditure/total"];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var field in TextFields)
            foreach (var escape in LoneSurrogates)
                yield return Report($"text lone surrogate {escape} at {field}", field, $"\"{escape}\"", field);

        foreach (var parent in MemberParents)
            foreach (var escape in new[] { "\\ud800", "x\\udc00", "\\ud800abc" })
                yield return new($"text lone surrogate {escape} in a member name under '{parent}'",
                    w => Raw.Put(w.NewReportPath, ReportBodies.WithMemberNamed(parent, escape)), 422, parent);

        foreach (var field in new[] { "/agency/name", "/outputs/0/label" })
            foreach (var control in new[] { "\\u0000", "\\u0001", "\\u0008", "\\u001b", "\\u007f", "\\u0085", "a\\u0000b" })
                yield return Report($"text control character {control} at {field}", field, $"\"{control}\"", field);

        foreach (var control in new[] { "a\\u0000b", "\\n", "tab\\t" })
            yield return new($"text control character {control} in a member name", w => Raw.Put(w.NewReportPath, ReportBodies.WithMemberNamed("/agency", control)), 422, "/agency");

        yield return Report("text 1 MB agency name", "/agency/name", "\"" + new string('长', 1_000_000 / 3) + "\"", "/agency/name");
        yield return Report("text 20001-character label", "/outputs/0/label", "\"" + new string('a', 20_001) + "\"", "/outputs/0/label");
        foreach (var length in new[] { 201, 10_000, 1_000_000 })
            yield return new($"text member name of {length} characters", w => Raw.Put(w.NewReportPath, ReportBodies.WithMemberNamed("", new string('k', length))), 422, "");
    }

    private static HostileCase Report(string name, string field, string raw, string pointer) =>
        new(name, w => Raw.Put(w.NewReportPath, ReportBodies.WithRaw(field, raw)), 422, pointer);
}
