using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PerfEval.Domain.DocumentImport;

public static partial class DocumentExtractor
{
    private sealed partial class ExtractionRun
    {
        private string? currentGoal;
        private string previousText = "";

        /// <summary>"绩效目标：" / "绩效指标：" lines of a 绩效目标 part; false when the paragraph is not one.</summary>
        private bool ReadGoalLine(JoinedParagraph paragraph)
        {
            var text = paragraph.Text;
            var line = section == SectionKind.Goals ? Regex.Match(text, PhraseCatalogue.GoalLine, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : Match.Empty;
            if (!line.Success) return false;
            var body = text[line.Length..].Trim();
            if (line.Groups["kind"].Value == "绩效目标")
            {
                var goal = new JsonObject();
                if (Outline.Numbering(previousText) is { } numbering) goal["area"] = Shorten(previousText.Trim()[(previousText.Trim().IndexOf(numbering, StringComparison.Ordinal) + numbering.Length)..].Trim().TrimEnd('。'), 60);
                goal["goal"] = body;
                currentGoal = draft.Append("/performanceGoals", goal);
            }
            foreach (var number in Targets(text, line.Length))
            {
                var start = ClauseStart(text, line.Length, number.Start, line.Length);
                var located = new Located(paragraph, number, SentenceAround(text, number.Start), text[start..number.Start], false);
                // 百分之百 is a share in words: its unit (%) is in the words, not written after them.
                var inWords = number.Digits.StartsWith("百分之", StringComparison.Ordinal);
                var unit = inWords ? "%" : number.Unit;
                if (unit is null || IsRange(text, number)) { Unread(located, unit is null ? "no unit follows the number" : "a range, not one target"); continue; }
                if (currentGoal is null) { Unread(located, "绩效指标 before any 绩效目标"); continue; }
                var words = PhraseLabel.Read(located.RawLabel).Core;
                var name = words + FollowingWords(located);
                var target = new JsonObject
                {
                    ["text"] = Shorten(number.Written(text) + (number.Qualifier == "atLeast" ? "以上" : ""), 60),
                    ["operator"] = OperatorOf(words, number),
                    ["value"] = number.Value,
                    ["unit"] = unit,
                };
                var pointer = draft.Append(currentGoal + "/indicators", new JsonObject { ["name"] = Shorten(name.Length > 0 ? name : "指标", 60), ["target"] = target });
                AddProvenance(pointer + "/target", located, "goalTarget");
            }
            return true;
        }

        private void RememberParagraph(string text) => previousText = text;

        /// <summary>The figures after the line's label: numbers as written and shares written in words (百分之百).</summary>
        private static List<WrittenNumber> Targets(string text, int from)
        {
            var numbers = NumberScanner.Scan(text).Where(n => n.Start >= from).ToList();
            foreach (Match m in Regex.Matches(text, PhraseCatalogue.PercentInWords, RegexOptions.CultureInvariant))
            {
                if (m.Index < from) continue;
                var written = m.Groups["n"].Value;
                var value = written == "百" ? 100 : ChineseCount(written);
                if (value > 0) numbers.Add(new WrittenNumber(m.Index, m.Index + m.Length, m.Value, value, null, null));
            }
            return numbers.OrderBy(n => n.Start).ToList();
        }

        private static int ChineseCount(string written)
        {
            const string digits = "一二三四五六七八九";
            var ten = written.IndexOf('十', StringComparison.Ordinal);
            if (ten < 0) return written.Length == 1 ? digits.IndexOf(written[0], StringComparison.Ordinal) + 1 : 0;
            var tens = ten == 0 ? 1 : digits.IndexOf(written[0], StringComparison.Ordinal) + 1;
            var units = ten == written.Length - 1 ? 0 : digits.IndexOf(written[^1], StringComparison.Ordinal) + 1;
            return tens <= 0 || units < 0 || written.Length > 3 ? 0 : tens * 10 + units;
        }

        private static string OperatorOf(string words, WrittenNumber number)
        {
            foreach (var (pattern, op) in PhraseCatalogue.TargetOperators)
                if (Regex.IsMatch(words, "(?:" + pattern + ")$", RegexOptions.CultureInvariant)) return op;
            return number.Qualifier is "atLeast" or "moreThan" ? ">=" : "=";
        }

        /// <summary>"300-500 元": either end of a range.</summary>
        private static bool IsRange(string text, WrittenNumber number) =>
            Regex.IsMatch(text[..number.Start], @"\d\s*[-~～—至到]\s*$") || Regex.IsMatch(text[number.End..], @"^\s*[-~～—至到]\s*\d")
            || Regex.IsMatch(text[(number.Start + number.Digits.Length)..], @"^\s*[-~～—至到]\s*\d");

        private static string SentenceAround(string text, int at)
        {
            var start = text.LastIndexOfAny(['。', '；'], Math.Max(0, at - 1)) + 1;
            var end = text.IndexOfAny(['。', '；'], at);
            return text[start..(end < 0 ? text.Length : end + 1)].Trim();
        }
    }
}
