using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PerfEval.Api.Tests.DocumentImport;

/// <summary>
/// Compares an imported draft with the fixture transcription of the same report, leaf by leaf: a leaf is an object with a
/// numeric "value" (an amount, a count, a share). Outside the output lists a leaf is recovered when the draft holds the
/// same value and unit at the same pointer; an output (产出) or other fact is recovered when the draft lists one with the
/// same value and unit and a label sharing at least two characters with the fixture's (the fixture's keys are a
/// transcriber's names, the importer's are ordinals). Recall = recovered / fixture leaves; precision = draft leaves that
/// equal a fixture leaf / draft leaves.
/// </summary>
public static partial class FixtureComparison
{
    public sealed record Leaf(string Pointer, string Section, decimal Value, string? Unit, string? Label, bool InList);

    public sealed record Tally(int FixtureLeaves, int Recovered, int DraftLeaves, int Correct)
    {
        public double Recall => FixtureLeaves == 0 ? 1 : (double)Recovered / FixtureLeaves;
        public double Precision => DraftLeaves == 0 ? 1 : (double)Correct / DraftLeaves;
        public static Tally operator +(Tally a, Tally b) => new(a.FixtureLeaves + b.FixtureLeaves, a.Recovered + b.Recovered, a.DraftLeaves + b.DraftLeaves, a.Correct + b.Correct);
        public static readonly Tally Zero = new(0, 0, 0, 0);
    }

    public sealed record Comparison(Tally Total, IReadOnlyDictionary<string, Tally> BySection, IReadOnlyList<Leaf> Wrong, IReadOnlyList<Leaf> Missed);

    public static Comparison Compare(JsonNode fixture, JsonNode draft)
    {
        var expected = Leaves(fixture);
        var actual = Leaves(draft);
        var recovered = new HashSet<Leaf>();
        var correct = new HashSet<Leaf>();
        var byPointer = actual.Where(l => !l.InList).ToDictionary(l => l.Pointer);
        foreach (var leaf in expected.Where(l => !l.InList))
        {
            if (byPointer.TryGetValue(leaf.Pointer, out var found) && found.Value == leaf.Value && found.Unit == leaf.Unit)
            {
                recovered.Add(leaf);
                correct.Add(found);
            }
        }
        var listed = actual.Where(l => l.InList).ToList();
        foreach (var leaf in expected.Where(l => l.InList))
        {
            var match = listed.FirstOrDefault(l => !correct.Contains(l) && l.Value == leaf.Value && l.Unit == leaf.Unit && SharesTwoCharacters(l.Label, leaf.Label));
            if (match is null) continue;
            recovered.Add(leaf);
            correct.Add(match);
        }

        var sections = expected.Select(l => l.Section).Concat(actual.Select(l => l.Section)).Distinct().Order(StringComparer.Ordinal);
        var bySection = sections.ToDictionary(s => s, s => new Tally(
            expected.Count(l => l.Section == s), expected.Count(l => l.Section == s && recovered.Contains(l)),
            actual.Count(l => l.Section == s), actual.Count(l => l.Section == s && correct.Contains(l))));
        return new Comparison(new Tally(expected.Count, recovered.Count, actual.Count, correct.Count), bySection,
            actual.Where(l => !correct.Contains(l)).ToList(), expected.Where(l => !recovered.Contains(l)).ToList());
    }

    public static List<Leaf> Leaves(JsonNode document)
    {
        var leaves = new List<Leaf>();
        Walk(document, "", null, leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string pointer, JsonObject? listItem, List<Leaf> leaves)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["value"] is JsonValue v && v.TryGetValue<decimal>(out var value))
                {
                    var section = pointer.Split('/')[1];
                    var inList = section is "outputs" or "otherFacts";
                    leaves.Add(new Leaf(pointer, section, value, o["unit"]?.GetValue<string>(), (listItem ?? o)["label"]?.GetValue<string>(), inList));
                }
                foreach (var (name, child) in o) Walk(child, pointer + "/" + name, listItem, leaves);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    Walk(a[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), a[i] as JsonObject, leaves);
                break;
        }
    }

    private static bool SharesTwoCharacters(string? a, string? b)
    {
        if (a is null || b is null) return false;
        for (var i = 0; i + 2 <= a.Length; i++)
            if (b.Contains(a.Substring(i, 2), StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A stated fact of the report's fact list (value and unit as written, the verbatim phrase it is stated in).</summary>
    public sealed record StatedFact(string Field, decimal Value, string Unit, string Source);

    /// <summary>The numeric facts of one report's table in FACTS.md (rows whose value is a number, 余 allowed; words and dates are left out).</summary>
    public static IReadOnlyList<StatedFact> Facts(string factsMarkdown, string reportHeading)
    {
        var facts = new List<StatedFact>();
        var inReport = false;
        foreach (var line in factsMarkdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) inReport = line.StartsWith("## " + reportHeading, StringComparison.Ordinal);
            if (!inReport || !line.StartsWith("| ", StringComparison.Ordinal)) continue;
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 6 || !int.TryParse(cells[1], out _)) continue;
            var written = cells[3].Replace("余", "", StringComparison.Ordinal).Replace("约", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(written, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) continue;
            facts.Add(new StatedFact(cells[2], value, cells[4], cells[5]));
        }
        return facts;
    }

    /// <summary>
    /// A fact is recovered when a provenance entry (a filled pointer) took a number equal to it, in its unit, from a
    /// sentence holding the words right before that number in the fact's source phrase.
    /// </summary>
    public static bool Recovered(StatedFact fact, JsonArray provenance)
    {
        var source = Whitespace().Replace(fact.Source.Replace("[表]", "", StringComparison.Ordinal), "");
        foreach (var entry in provenance)
        {
            var digits = entry!["number"]!.GetValue<string>();
            if (!decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value != fact.Value) continue;
            var unit = entry["unit"]?.GetValue<string>();
            if (fact.Unit != "—" && unit != fact.Unit && !(unit == "万" && fact.Unit == "万元")) continue;
            var sentence = Whitespace().Replace(entry["sentence"]!.GetValue<string>(), "");
            var at = source.IndexOf(Whitespace().Replace(digits, ""), StringComparison.Ordinal);
            if (at < 0) continue;
            var key = source[Math.Max(0, at - 4)..(at + digits.Length)];
            if (sentence.Contains(key, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
