using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.DocumentImport;

public static partial class DocumentExtractor
{
    private sealed partial class ExtractionRun
    {
        // The project the current paragraph is a line of, whether a list of project lines follows ("项目支出…其中："),
        // and the pointers a looser statement (项目支出 beside 实际支出) filled.
        private string? projectName;
        private bool projectListFollows;
        private readonly HashSet<string> loosePointers = new(StringComparer.Ordinal);

        /// <summary>Bounds the work a crafted file can cause (each line is matched against the projects held).</summary>
        private const int MaxProjects = 500;

        private void OpenProjectLine(string text)
        {
            var listOpen = section == SectionKind.ProjectFunds || projectListFollows
                           || Regex.IsMatch(sectionLabel, PhraseCatalogue.ProjectListHeading, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            var line = listOpen ? Regex.Match(text, PhraseCatalogue.ProjectLine, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : Match.Empty;
            projectName = line.Success ? line.Groups["name"].Value : null;
            if (projectName is null) projectListFollows = false;
        }

        private void CloseProjectLine(string text)
        {
            var trimmed = text.TrimEnd();
            if ((trimmed.EndsWith("其中：", StringComparison.Ordinal) || trimmed.EndsWith("其中:", StringComparison.Ordinal)) && trimmed.Contains("项目支出", StringComparison.Ordinal))
                projectListFollows = true;
        }

        /// <summary>An amount of a project line goes to that project by the first project rule its clause matches.</summary>
        private string? PlaceProject(Located at, string name)
        {
            var clause = ClauseWords().Replace(at.RawLabel, "");
            foreach (var rule in PhraseCatalogue.ProjectRules)
            {
                if (!Regex.IsMatch(clause, rule.Label, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))) continue;
                if (ProjectIndex(name) is not { } index) return Unread(at, $"more than {MaxProjects} projects: the rest are left to a person");
                var pointer = rule.Pointer.Replace("{project}", index.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                var existing = draft.Get(pointer) as JsonObject;
                if (existing is not null && !rule.Loose && loosePointers.Remove(pointer) && existing["value"]?.GetValue<decimal>() != at.Number.Value)
                    return TakeOverLooseStatement(at, rule, pointer, existing);
                var filled = Fill(at, rule, pointer, PhraseLabel.Read(at.RawLabel));
                if (existing is null && rule.Loose) loosePointers.Add(pointer);
                return filled;
            }
            return null;
        }

        /// <summary>实际支出 after 项目支出 with another value: the 实际支出 is the executed figure, the other its restatement.</summary>
        private string TakeOverLooseStatement(Located at, PhraseRule rule, string pointer, JsonObject existing)
        {
            var moved = new JsonObject { ["value"] = existing["value"]!.GetValue<decimal>(), ["unit"] = existing["unit"]!.GetValue<string>() };
            if (existing["text"] is { } text) moved["text"] = text.GetValue<string>();
            var restatements = new JsonArray { moved };
            if (existing["restatements"] is JsonArray held)
                foreach (var r in held.ToList()) { held.Remove(r); restatements.Add(r); }
            var unit = at.Number.Unit == "万" ? MoneyUnits.TenThousandYuan : at.Number.Unit!;
            var node = MoneyNode(at.Number.Value, unit, at);
            node["restatements"] = restatements;
            draft.Set(pointer, node);
            for (var i = 0; i < provenance.Count; i++)
                if (provenance[i].Pointer == pointer) provenance[i] = provenance[i] with { Pointer = pointer + "/restatements/0" };
            warnings.Add(new("statedTwice", $"{pointer} is stated as {moved["value"]} and as {at.Number.Digits}{at.Number.Unit} ({rule.Name}): the latter is kept, the former as a restatement.", pointer, at.Paragraph.First.Number));
            AddProvenance(pointer, at, rule.Name);
            filledInParagraph.Add(pointer);
            return pointer;
        }

        /// <summary>The project a line names: the same name, or one name extending the other (智慧矫正 / 智慧矫正建设).</summary>
        private int? ProjectIndex(string name)
        {
            if (draft.Get("/projects") is JsonArray projects)
            {
                for (var i = 0; i < projects.Count; i++)
                {
                    var held = projects[i]!["name"]!.GetValue<string>();
                    if (held == name || held.StartsWith(name, StringComparison.Ordinal)) return i;
                    if (!name.StartsWith(held, StringComparison.Ordinal)) continue;
                    projects[i]!["name"] = name;
                    return i;
                }
            }
            if ((draft.Get("/projects") as JsonArray)?.Count >= MaxProjects) return null;
            var pointer = draft.Append("/projects", new JsonObject { ["name"] = name });
            return int.Parse(pointer[(pointer.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        }

        [GeneratedRegex(@"[\s\u3000*#“”""]")]
        private static partial Regex ClauseWords();
    }
}
