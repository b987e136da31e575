using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PerfEval.Domain.DocumentImport;

public static partial class DocumentExtractor
{
    private sealed partial class ExtractionRun
    {
        /// <summary>
        /// A figure of another budget: under its heading by the other-budget rules; elsewhere, every figure of a sentence
        /// that opens by naming the budget ("政府性基金预算项目 0 个，共涉及资金 0 万元，占…的 0%") is an item of it.
        /// </summary>
        private string? PlaceOtherBudget(Located at)
        {
            if (section == SectionKind.OtherBudgets && FundNamedBy(sectionLabel) is { } fund)
            {
                var clause = ClauseWords().Replace(at.RawLabel, "");
                var figure = at.Number.IsMoney ? FigureClass.Money : at.Number.IsPercent ? FigureClass.Percent : FigureClass.Count;
                foreach (var rule in PhraseCatalogue.OtherBudgetRules)
                {
                    if (rule.Class != figure || !Regex.IsMatch(clause, rule.Label, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))) continue;
                    var pointer = rule.Pointer.Replace("{fund}", fund, StringComparison.Ordinal);
                    return pointer.EndsWith("/-", StringComparison.Ordinal) ? AppendItem(at, pointer[..^2], clause, rule.Name) : Fill(at, rule, pointer, PhraseLabel.Read(at.RawLabel));
                }
                return null;
            }
            var sentence = ClauseWords().Replace(at.Sentence, "");
            var named = PhraseCatalogue.OtherBudgetFunds.FirstOrDefault(f => sentence.StartsWith(f.Words, StringComparison.Ordinal));
            if (named.Key is null || section == SectionKind.OtherBudgets) return null;
            var label = ClauseWords().Replace(at.RawLabel, "").Trim('，', ',', '、', '；');
            return AppendItem(at, $"/otherBudgets/{named.Key}/items", label.Length > 0 ? label : named.Words, "otherBudgetSentence");
        }

        private string AppendItem(Located at, string items, string label, string rule)
        {
            var count = (draft.Get(items) as JsonArray)?.Count ?? 0;
            var item = new JsonObject
            {
                ["key"] = "item" + (count + 1).ToString(CultureInfo.InvariantCulture),
                ["label"] = Shorten(label, 60),
                ["value"] = at.Number.Value,
                ["unit"] = at.Number.Unit,
                ["text"] = Shorten(Snippet(at), 200),
            };
            var pointer = draft.Append(items, item);
            AddProvenance(pointer, at, rule);
            return pointer;
        }

        private static string? FundNamedBy(string heading) =>
            PhraseCatalogue.OtherBudgetFunds.FirstOrDefault(f => heading.Contains(f.Words, StringComparison.Ordinal)).Key;
    }
}
