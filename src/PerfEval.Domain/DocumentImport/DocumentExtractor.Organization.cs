using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PerfEval.Domain.DocumentImport;

public static partial class DocumentExtractor
{
    private sealed partial class ExtractionRun
    {
        /// <summary>"8个职能股室" / "行政机关 1 个": a group of units of the kind the words name, appended to organization/units.</summary>
        private string? PlaceOrgUnits(Located at, PhraseLabel label)
        {
            if (at.Number.Unit != "个" || section is not (SectionKind.Preamble or SectionKind.BasicInfo)) return null;
            var after = FollowingWords(at);
            foreach (var (words, kind, _) in PhraseCatalogue.OrgUnitKinds)
            {
                var before = Regex.Match(label.Core, $"(?:{words})$", RegexOptions.CultureInvariant);
                var following = Regex.Match(after, $"^(?:{words})", RegexOptions.CultureInvariant);
                if (!before.Success && !following.Success) continue;
                var group = new JsonObject
                {
                    ["kind"] = kind,
                    ["label"] = before.Success ? label.Core : following.Value,
                    ["count"] = QuantityNode(at.Number.Value, "个", at),
                };
                var pointer = draft.Append("/organization/units", group);
                AddProvenance(pointer + "/count", at, "orgUnits");
                return pointer + "/count";
            }
            return null;
        }

        /// <summary>
        /// 主要职责条目数: the last number of a list of duties numbered 1, 2, 3 … (一、二、… or 一是, 二是 …) without a gap,
        /// right after the paragraph that introduces it. Read on the paragraphs as the file holds them.
        /// </summary>
        public void ReadDutyCount(IReadOnlyList<SourceParagraph> paragraphs)
        {
            var introduced = false;
            (SourceParagraph Paragraph, Match Marker, int Ordinal)? last = null;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var paragraph = paragraphs[i];
                var text = paragraph.Text;
                if (text.Trim().Length == 0) continue;
                var marker = ListMarker().Match(text);
                var ordinal = marker.Success ? Ordinal(marker.Groups["n"].Value) : 0;
                if (last is { } run)
                {
                    // A line without a marker continues the item (a PDF wraps long items); another number ends the list.
                    if (ordinal == run.Ordinal + 1) last = (paragraph, marker, ordinal);
                    else if (marker.Success || text.TrimStart().StartsWith('#')) break;
                    continue;
                }
                if (introduced && ordinal == 1)
                {
                    last = (paragraph, marker, ordinal);
                    continue;
                }
                if (Regex.IsMatch(text, PhraseCatalogue.InlineDutyList, RegexOptions.CultureInvariant) && InlineDuties(paragraphs, i)) return;
                var mentions = Regex.IsMatch(text, PhraseCatalogue.DutyListIntroduction, RegexOptions.CultureInvariant);
                introduced = mentions && (!marker.Success || text.Trim().Length <= 40);
            }
            if (last is { Ordinal: >= 3 } done) SetDutyCount(done.Paragraph, done.Marker.Groups["n"], done.Ordinal);
        }

        /// <summary>一是 … 二是 … in the paragraph and the unnumbered lines that continue it.</summary>
        private bool InlineDuties(IReadOnlyList<SourceParagraph> paragraphs, int from)
        {
            (SourceParagraph Paragraph, Group Marker)? lastMarker = null;
            var expected = 1;
            // The list and the lines that continue it: a PDF wraps one paragraph into a few, never into many.
            for (var i = from; i < Math.Min(paragraphs.Count, from + 20); i++)
            {
                var text = paragraphs[i].Text;
                if (i > from && (ListMarker().IsMatch(text) || text.TrimStart().StartsWith('#'))) break;
                foreach (Match m in InlineMarker().Matches(text))
                {
                    if (Ordinal(m.Groups["n"].Value) != expected) continue;
                    lastMarker = (paragraphs[i], m.Groups["n"]);
                    expected++;
                }
            }
            if (lastMarker is not { } found || expected - 1 < 3) return false;
            SetDutyCount(found.Paragraph, found.Marker, expected - 1);
            return true;
        }

        private void SetDutyCount(SourceParagraph paragraph, Group marker, int count)
        {
            var sentenceEnd = paragraph.Text.IndexOfAny(['。', '；'], marker.Index);
            var sentence = paragraph.Text[marker.Index..(sentenceEnd < 0 ? paragraph.Text.Length : sentenceEnd + 1)].Trim();
            // The count is the item's number as written ("12", "八"): the unit 条 is the model's, not written there.
            draft.Set("/organization/dutyItemCount", new JsonObject { ["value"] = (decimal)count, ["unit"] = "条", ["text"] = Shorten(sentence, 200) });
            provenance.Add(new Provenance("/organization/dutyItemCount", paragraph.Number, paragraph.Page, marker.Index, marker.Index + marker.Length,
                sentence, marker.Value, null, "dutyItemCount"));
        }

        /// <summary>1 … 99 from Arabic digits or Chinese numerals (八, 十二, 二十一); 0 when it is neither.</summary>
        private static int Ordinal(string written)
        {
            if (int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic)) return arabic;
            const string digits = "一二三四五六七八九";
            var ten = written.IndexOf('十', StringComparison.Ordinal);
            if (ten < 0) return written.Length == 1 ? digits.IndexOf(written[0], StringComparison.Ordinal) + 1 : 0;
            var tens = ten == 0 ? 1 : written.Length > 0 && ten == 1 ? digits.IndexOf(written[0], StringComparison.Ordinal) + 1 : 0;
            var units = ten == written.Length - 1 ? 0 : digits.IndexOf(written[^1], StringComparison.Ordinal) + 1;
            return tens <= 0 || units < 0 ? 0 : tens * 10 + units;
        }

        [GeneratedRegex(@"^[#\s*]*(?:[（(](?<n>[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?<n>[一二三四五六七八九十]{1,3})、|(?<n>\d{1,2})[、.．](?!\d))")]
        private static partial Regex ListMarker();

        [GeneratedRegex(@"(?:^|[：:。；;])\s*(?<n>[一二三四五六七八九十]{1,3})是")]
        private static partial Regex InlineMarker();
    }
}
