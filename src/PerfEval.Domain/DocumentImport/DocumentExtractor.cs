using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfEval.Domain.Reports;

namespace PerfEval.Domain.DocumentImport;

/// <summary>
/// Reads the paragraphs of a 部门整体支出绩效自评报告 into a draft report document. The outline (<see cref="Outline"/>)
/// says which part of the report a paragraph is in; each number with its unit is placed by the first rule of
/// <see cref="PhraseCatalogue"/> its cleaned label matches (<see cref="PhraseLabel"/>); shares (占…的x%) go onto the
/// amount they follow, with the base they name; counts and rates in the 绩效 sections become outputs (产出). Every
/// number no rule took is returned with its sentence. Pure and deterministic: the same paragraphs give the same draft.
/// </summary>
public static partial class DocumentExtractor
{
    public static ExtractionResult Extract(IReadOnlyList<SourceParagraph> paragraphs, ImportContext context)
    {
        var run = new ExtractionRun(context);
        // An attached 项目支出绩效自评表 is read as a table, not as sentences.
        var tableAt = IndicatorTableReader.FindStart(paragraphs);
        var body = tableAt is { } at ? paragraphs.Take(at).ToList() : paragraphs;
        foreach (var paragraph in JoinedParagraph.Join(body)) run.Read(paragraph);
        run.ReadDutyCount(body);
        if (tableAt is { } start) run.ReadIndicatorTable(paragraphs[start], paragraphs.Skip(start + 1).ToList());
        return run.Finish();
    }

    private sealed partial class ExtractionRun
    {
        private readonly ImportContext context;
        private readonly DraftBuilder draft;
        private readonly List<Provenance> provenance = [];
        private readonly List<UnreadNumber> unread = [];
        private readonly List<ImportWarning> warnings = [];
        private SectionKind section = SectionKind.Preamble;
        private int sectionLevel;
        private string sectionLabel = "";
        private bool seenHeading;
        private int outputs;

        // Per paragraph: the stage the last explicit total named, the 三公 stage, the pointers filled so far.
        private Stage paragraphStage;
        private string sanGongStage = "actual";
        private readonly List<string> filledInParagraph = [];

        public ExtractionRun(ImportContext context)
        {
            this.context = context;
            var agency = new JsonObject { ["name"] = context.AgencyName };
            if (context.RegionCode is not null) agency["regionCode"] = context.RegionCode;
            draft = new DraftBuilder(new JsonObject
            {
                ["schemaVersion"] = ReportDocument.CurrentSchemaVersion,
                ["agency"] = agency,
                ["fiscalYear"] = context.FiscalYear,
            });
        }

        public void Read(JoinedParagraph paragraph)
        {
            var text = paragraph.Text;
            if (text.Trim().Length == 0) return;
            var numbers = NumberScanner.Scan(text);
            if (!seenHeading && ReadCover(paragraph, numbers)) return;
            if (Outline.IsHeading(text, numbers))
            {
                seenHeading = true;
                Open(Outline.KindOf(text), Outline.Level(text));
                sectionLabel = Shorten(text.Trim().TrimStart('#', '*', ' '), 40);
                RememberParagraph(text);
                return;
            }
            if (InlineHeading(text) is { } inline)
            {
                if (Outline.KindOf(inline) is not null) seenHeading = true;
                Open(Outline.KindOf(inline), Outline.Level(text));
            }

            if (ReadGoalLine(paragraph))
            {
                RememberParagraph(text);
                return;
            }
            paragraphStage = Stage.Unstated;
            sanGongStage = "actual";
            filledInParagraph.Clear();
            OpenProjectLine(text);
            foreach (var (start, end) in Sentences(text))
            {
                var inSentence = numbers.Where(n => n.Start >= start && n.Start < end).ToList();
                var sentenceFilled = new List<string>();
                string? lastTotalOutput = null;
                for (var i = 0; i < inSentence.Count; i++)
                {
                    var number = inSentence[i];
                    var clauseStart = ClauseStart(text, start, number.Start, i > 0 ? inSentence[i - 1].End : start);
                    var raw = text[clauseStart..number.Start];
                    var isPart = raw.Contains("其中", StringComparison.Ordinal) || text.AsSpan(start, number.Start - start).Contains("其中", StringComparison.Ordinal);
                    var inBracket = OpenBrackets(text, start, number.Start);
                    var located = new Located(paragraph, number, text[start..end].Trim(), raw, inBracket);
                    var placed = Place(located, isPart, sentenceFilled, ref lastTotalOutput);
                    if (placed is not null) sentenceFilled.Add(placed);
                }
            }
            CloseProjectLine(text);
            RememberParagraph(text);
        }

        /// <summary>
        /// A heading with a keyword opens its section; a generic finance heading below a narrower finance section
        /// (（一）基本支出情况 under 二、一般公共预算支出情况) stays in the narrower one.
        /// </summary>
        private void Open(SectionKind? kind, int level)
        {
            if (kind is not { } opened) return;
            if (opened == SectionKind.Finance && section is SectionKind.GeneralPublicBudget or SectionKind.ProjectFunds && level > sectionLevel) return;
            section = opened;
            sectionLevel = level;
        }

        public ExtractionResult Finish()
        {
            if (provenance.Count == 0)
                warnings.Add(new("noFigures", "No figure of the report could be placed: is this a 部门整体支出绩效自评报告?", null, null));
            return new ExtractionResult(draft.Root, provenance, unread, warnings);
        }

        /// <summary>Title and 报告日期 on the cover, before the first heading.</summary>
        private bool ReadCover(JoinedParagraph paragraph, IReadOnlyList<WrittenNumber> numbers)
        {
            var text = paragraph.Text.Trim();
            var date = ReportDate().Match(text);
            if (date.Success && !draft.Has("/reportDate"))
            {
                var (y, m, d) = (int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture));
                if (m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                {
                    draft.Set("/reportDate", new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    draft.Set("/reportDateText", text);
                    var offset = paragraph.Text.IndexOf(text, StringComparison.Ordinal);
                    AddProvenance("/reportDate", paragraph, offset, offset + text.Length, text, text, null, "reportDate");
                    return true;
                }
            }
            if (!draft.Has("/title") && text.Contains("自评报告", StringComparison.Ordinal) && text.Length <= 80 && numbers.All(n => n.Unit is null))
            {
                draft.Set("/title", Shorten(NoMarkup().Replace(text, ""), 200));
                return true;
            }
            return false;
        }

        private sealed record Located(JoinedParagraph Paragraph, WrittenNumber Number, string Sentence, string RawLabel, bool InBracket);

        /// <summary>Places one number; returns the pointer it filled (or null when it is left unread).</summary>
        private string? Place(Located at, bool isPart, List<string> sentenceFilled, ref string? lastTotalOutput)
        {
            var n = at.Number;
            if (n.Unit is null) return Unread(at, "no unit follows the number");
            if (PlaceOtherBudget(at) is { } otherBudget) return otherBudget;
            if (projectName is not null && n.IsMoney && PlaceProject(at, projectName) is { } project) return project;
            if (n.IsPercent && at.RawLabel.Contains('占', StringComparison.Ordinal)) return PlaceShare(at, sentenceFilled);

            var label = PhraseLabel.Read(at.RawLabel);
            var figureClass = n.IsMoney ? FigureClass.Money : n.IsPercent ? FigureClass.Percent : n.Unit == "分" ? FigureClass.Score : FigureClass.Count;
            foreach (var rule in PhraseCatalogue.Rules)
            {
                if (rule.Class != figureClass || (rule.Sections is not null && !rule.Sections.Contains(section))) continue;
                if (!Regex.IsMatch(label.Core, rule.Label, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))) continue;
                if (rule.Name.StartsWith("quota", StringComparison.Ordinal) && (isPart || at.InBracket) && StaffBreakdownFollows()) return PlaceBreakdown(at, label);
                var pointer = Resolve(rule, label, isPart);
                if (pointer is null) continue;
                return Fill(at, rule, pointer, label);
            }
            if (figureClass == FigureClass.Count && n.Unit == "人" && (isPart || at.InBracket) && StaffBreakdownFollows()) return PlaceBreakdown(at, label);
            if (PlaceOrgUnits(at, label) is { } units) return units;

            if (section == SectionKind.Performance && figureClass is FigureClass.Count or FigureClass.Percent)
                return PlaceOutput(at, label, isPart, ref lastTotalOutput);
            return Unread(at, $"no phrase rule reads \"{Shorten(label.Core, 20)}\" in this part of the report ({section})");
        }

        private string? Resolve(PhraseRule rule, PhraseLabel label, bool isPart)
        {
            var pointer = rule.Pointer;
            if (pointer.Contains("{stage}", StringComparison.Ordinal))
            {
                var stage = label.Stage != Stage.Unstated && !(isPart && paragraphStage != Stage.Unstated) ? label.Stage : paragraphStage;
                if (stage == Stage.Unstated) stage = section == SectionKind.GeneralPublicBudget ? Stage.GeneralPublicBudget : Stage.Final;
                if (label.Stage != Stage.Unstated && !isPart) paragraphStage = label.Stage;
                else if (paragraphStage == Stage.Unstated && pointer.EndsWith("/total", StringComparison.Ordinal)) paragraphStage = stage;
                pointer = pointer.Replace("{stage}", StageName(stage), StringComparison.Ordinal);
            }
            if (pointer.Contains("{sanGong}", StringComparison.Ordinal))
            {
                if (rule.Name == "sanGongTotal")
                {
                    var prior = label.Year == context.FiscalYear - 1;
                    sanGongStage = label.Stage == Stage.Budget ? (prior ? "priorYearBudget" : "budget") : (prior ? "priorYearActual" : "actual");
                    if (label.Year is { } year && year != context.FiscalYear && !prior) return null;
                }
                pointer = pointer.Replace("{sanGong}", sanGongStage, StringComparison.Ordinal);
            }
            if (pointer.Contains("{difference}", StringComparison.Ordinal))
            {
                var last = filledInParagraph.LastOrDefault(p => p.StartsWith("/finance/", StringComparison.Ordinal));
                if (last is null) return null;
                pointer = pointer.Replace("{difference}", last.Contains("/revenue/", StringComparison.Ordinal) ? "revenueDifference" : "expenditureDifference", StringComparison.Ordinal);
            }
            return pointer;
        }

        private string Fill(Located at, PhraseRule rule, string pointer, PhraseLabel label)
        {
            var n = at.Number;
            var value = rule.Signed && label.Decrease ? -n.Value : n.Value;
            var unit = n.Unit == "万" ? MoneyUnits.TenThousandYuan : n.Unit!;
            if (rule.Class == FigureClass.Money && n.Unit == MoneyUnits.Yuan && ParagraphUsesTenThousand(at))
                warnings.Add(new("unitSlip", $"\"{n.Written(at.Paragraph.Text)}\" is written in 元 among amounts in 万元: check the unit.", pointer, at.Paragraph.First.Number));

            if (draft.Get(pointer) is JsonNode existing)
            {
                var stated = rule.Class == FigureClass.Score ? existing.GetValue<decimal>() : existing["value"]?.GetValue<decimal>();
                if (stated == value && (rule.Class == FigureClass.Score || existing["unit"]?.GetValue<string>() == unit))
                {
                    AddProvenance(pointer, at, rule.Name, restated: true);
                    return pointer;
                }
                if (rule.Class == FigureClass.Score) return Unread(at, $"the score is stated again with another value ({pointer} holds {stated})")!;
                warnings.Add(new("statedTwice", $"{pointer} is stated as {stated} and again as {n.Digits}{n.Unit}: the second statement is kept as a restatement.", pointer, at.Paragraph.First.Number));
                var restatement = new JsonObject { ["value"] = value, ["unit"] = unit, ["text"] = Shorten(Snippet(at), 200) };
                if (sectionLabel.Length > 0) restatement["section"] = sectionLabel;
                var restated = draft.Append(pointer + "/restatements", restatement);
                AddProvenance(restated, at, rule.Name);
                filledInParagraph.Add(pointer);
                return pointer;
            }

            JsonNode node = rule.Class switch
            {
                FigureClass.Score => JsonValue.Create(value),
                FigureClass.Money => MoneyNode(value, unit, at),
                _ => QuantityNode(value, unit, at),
            };
            if (pointer.StartsWith("/organization/units/0/", StringComparison.Ordinal) && !draft.Has("/organization/units/0"))
                draft.Set("/organization/units/0", new JsonObject { ["kind"] = "internalUnit", ["label"] = "内设机构" });
            draft.Set(pointer, node);
            AddProvenance(pointer, at, rule.Name);
            filledInParagraph.Add(pointer);
            return pointer;
        }

        /// <summary>占…的x%: onto the amount the clause names (or the last amount of the sentence), with the base it names (or the total the parts are 其中 of).</summary>
        private string? PlaceShare(Located at, List<string> sentenceFilled)
        {
            var raw = at.RawLabel;
            var cut = raw.LastIndexOf('占');
            var subjectLabel = PhraseLabel.Read(raw[..cut]);
            var baseLabel = PhraseLabel.Read(ShareBaseTail().Replace(raw[(cut + 1)..], ""));

            var subject = subjectLabel.Core.Length > 0 ? MoneyPointer(subjectLabel) : sentenceFilled.LastOrDefault(p => IsMoneyAt(p));
            if (subject is null) return Unread(at, "a share whose amount is not a figure the importer placed");
            subject = RestatementOwner(subject);
            var stage = StageOf(subject);
            string? basis;
            if (baseLabel.Core.Length > 0)
            {
                basis = MoneyPointer(baseLabel with { Stage = baseLabel.Stage == Stage.Unstated ? stage : baseLabel.Stage });
            }
            else
            {
                basis = filledInParagraph.LastOrDefault(p => p.EndsWith("/total", StringComparison.Ordinal) && p != subject && SameBlock(p, subject));
            }
            if (basis is null || !draft.Has(basis)) return Unread(at, "a share whose base (占…) names no amount the importer placed");

            var share = new JsonObject { ["value"] = at.Number.Value, ["text"] = Shorten(Snippet(at), 200), ["of"] = basis };
            var target = draft.Get(subject)!.AsObject();
            if (target["share"] is JsonObject held)
            {
                if (held["value"]?.GetValue<decimal>() == at.Number.Value)
                {
                    AddProvenance(subject + "/share", at, "share", restated: true);
                    return subject + "/share";
                }
                warnings.Add(new("statedTwice", $"{subject}/share is stated as {held["value"]}% and again as {at.Number.Digits}%.", subject + "/share", at.Paragraph.First.Number));
                return Unread(at, "the share is stated again with another value");
            }
            target["share"] = share;
            AddProvenance(subject + "/share", at, "share");
            return subject + "/share";
        }

        private string? MoneyPointer(PhraseLabel label)
        {
            foreach (var rule in PhraseCatalogue.Rules.Where(r => r.Class == FigureClass.Money && r.Pointer.Contains("{stage}", StringComparison.Ordinal)))
            {
                if (!Regex.IsMatch(label.Core, rule.Label, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))) continue;
                var stages = label.Stage != Stage.Unstated ? [label.Stage] : new[] { Stage.Final, Stage.GeneralPublicBudget, Stage.Budget };
                if (label.Stage != Stage.Unstated && section == SectionKind.GeneralPublicBudget) stages = [label.Stage, Stage.Final];
                foreach (var stage in stages)
                {
                    var pointer = rule.Pointer.Replace("{stage}", StageName(stage), StringComparison.Ordinal);
                    if (draft.Has(pointer)) return pointer;
                }
                // The amount the share is of was stated in another stage (零陵 restates 人员收入占总收入 under 一般公共预算).
                foreach (var stage in new[] { Stage.Final, Stage.GeneralPublicBudget, Stage.Budget })
                {
                    var pointer = rule.Pointer.Replace("{stage}", StageName(stage), StringComparison.Ordinal);
                    if (draft.Has(pointer)) return pointer;
                }
            }
            return null;
        }

        /// <summary>Parts of 实有人数 / 在职人员 by kind of post (其中：行政编制29人; (政法编 38 人, 事业编制 7 人)).</summary>
        private bool StaffBreakdownFollows() =>
            filledInParagraph.LastOrDefault(p => p.StartsWith("/staffing/", StringComparison.Ordinal)) is "/staffing/actualTotal" or "/staffing/inService";

        private string PlaceBreakdown(Located at, PhraseLabel label)
        {
            var count = (draft.Get("/staffing/breakdown") as JsonArray)?.Count ?? 0;
            var metric = new JsonObject
            {
                ["key"] = "staffBreakdown" + (count + 1).ToString(CultureInfo.InvariantCulture),
                ["label"] = Shorten(label.Core.Length > 0 ? label.Core : FollowingWords(at), 60),
                ["value"] = at.Number.Value,
                ["unit"] = at.Number.Unit,
            };
            var pointer = draft.Append("/staffing/breakdown", metric);
            AddProvenance(pointer, at, "staffBreakdown");
            return pointer;
        }

        private string PlaceOutput(Located at, PhraseLabel label, bool isPart, ref string? lastTotalOutput)
        {
            var n = at.Number;
            // The words before the number and the noun after it ("组织…480名" + "持有效执法证件的工作人员").
            var name = label.Core + FollowingWords(at);
            if (name.Length == 0) name = NoMarkup().Replace(label.Raw, "").Trim('，', '、', '；', '：');
            if (name.Length < 2) return Unread(at, "a count without words that say what it counts")!;
            // "10人以上群体性案件": a threshold that qualifies a noun, not a count of its own.
            if (n.Qualifier == "atLeast" && !EndsClause(at.Paragraph.Text, at.Number.End)) return Unread(at, "a threshold (…以上) qualifying what follows, not a count")!;
            var key = "figure" + (++outputs).ToString(CultureInfo.InvariantCulture);
            var metric = new JsonObject { ["key"] = key };
            if (name.Length > 0) metric["label"] = Shorten(name, 60);
            metric["value"] = n.Value;
            metric["unit"] = n.Unit;
            if (n.Qualifier is not null)
            {
                metric["qualifier"] = n.Qualifier;
                metric["text"] = Shorten(n.Written(at.Paragraph.Text), 60);
            }
            if (sectionLabel.Length > 0) metric["section"] = sectionLabel;
            if (isPart && label.Raw.Contains("其中", StringComparison.Ordinal) && lastTotalOutput is not null) metric["partOf"] = lastTotalOutput;
            else if (!isPart) lastTotalOutput = key;
            var pointer = draft.Append("/outputs", metric);
            AddProvenance(pointer, at, "output");
            return pointer;
        }

        private string? Unread(Located at, string reason)
        {
            var (source, offset) = at.Paragraph.Locate(at.Number.Start);
            unread.Add(new UnreadNumber(source.Number, source.Page, offset, offset + (at.Number.End - at.Number.Start), at.Sentence,
                at.Number.Digits, at.Number.Unit, reason));
            return null;
        }

        private void AddProvenance(string pointer, Located at, string rule, bool restated = false)
        {
            var (source, offset) = at.Paragraph.Locate(at.Number.Start);
            provenance.Add(new Provenance(pointer, source.Number, source.Page, offset, offset + (at.Number.End - at.Number.Start), at.Sentence,
                at.Number.Digits, at.Number.Unit, rule, restated));
        }

        private void AddProvenance(string pointer, JoinedParagraph paragraph, int start, int end, string sentence, string number, string? unit, string rule)
        {
            var (source, offset) = paragraph.Locate(start);
            provenance.Add(new Provenance(pointer, source.Number, source.Page, offset, offset + (end - start), sentence, number, unit, rule));
        }

        private static JsonObject MoneyNode(decimal value, string unit, Located at)
        {
            var node = new JsonObject { ["value"] = value, ["unit"] = unit, ["text"] = Shorten(Snippet(at), 200) };
            if (at.Number.Qualifier is { } qualifier) node["qualifier"] = qualifier;
            return node;
        }

        private static JsonObject QuantityNode(decimal value, string unit, Located at)
        {
            var node = new JsonObject { ["value"] = value, ["unit"] = unit, ["text"] = Shorten(Snippet(at), 200) };
            if (at.Number.Qualifier is { } qualifier) node["qualifier"] = qualifier;
            return node;
        }

        private bool ParagraphUsesTenThousand(Located at) =>
            NumberScanner.Scan(at.Paragraph.Text).Any(n => n.Unit == MoneyUnits.TenThousandYuan);

        private bool IsMoneyAt(string pointer) => draft.Get(pointer) is JsonObject o && o["unit"]?.GetValue<string>() is "万元" or "元" or "亿元";

        /// <summary>A restatement's share belongs to the amount it restates.</summary>
        private static string RestatementOwner(string pointer)
        {
            var cut = pointer.IndexOf("/restatements/", StringComparison.Ordinal);
            return cut > 0 ? pointer[..cut] : pointer;
        }

        private static Stage StageOf(string pointer) => pointer.Split('/') is [_, "finance", var stage, ..] ? stage switch
        {
            "budget" => Stage.Budget,
            "generalPublicBudget" => Stage.GeneralPublicBudget,
            _ => Stage.Final,
        } : Stage.Unstated;

        /// <summary>A base and its part are in one statement: same stage and both revenue or both expenditure.</summary>
        private static bool SameBlock(string a, string b)
        {
            var x = a.Split('/');
            var y = b.Split('/');
            return x.Length > 3 && y.Length > 3 && x[1] == y[1] && x[2] == y[2] && x[3] == y[3];
        }

        private static string StageName(Stage stage) => stage switch
        {
            Stage.Budget => "budget",
            Stage.GeneralPublicBudget => "generalPublicBudget",
            _ => "final",
        };

        private static string Snippet(Located at)
        {
            var start = Math.Max(0, at.Number.Start - at.RawLabel.Length);
            return at.Paragraph.Text[start..at.Number.End].Trim().TrimStart('，', '、', '；', '：', ',', ';', ':');
        }

        private static string FollowingWords(Located at)
        {
            var text = at.Paragraph.Text;
            var end = at.Number.End;
            while (end < text.Length && !IsDelimiter(text[end]) && end - at.Number.End < 30) end++;
            return NoMarkup().Replace(text[at.Number.End..end], "").Trim();
        }
    }

    /// <summary>Sentences end at 。！？ and at line breaks; 的 delimiters inside a sentence end clauses, not sentences.</summary>
    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('。' or '！' or '？' or '\n')) continue;
            if (i + 1 > start) yield return (start, i + 1);
            start = i + 1;
        }
        if (start < text.Length) yield return (start, text.Length);
    }

    /// <summary>Whether the clause ends right after the number's "以上".</summary>
    private static bool EndsClause(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        if (rest.StartsWith("以上", StringComparison.Ordinal)) rest = rest[2..];
        return rest.Length == 0 || IsDelimiter(rest[0]) || rest[0] is '。' or '）' or ')';
    }

    private static bool OpenBrackets(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
            depth += text[i] switch { '（' or '(' => 1, '）' or ')' => -1, _ => 0 };
        return depth > 0;
    }

    private static int ClauseStart(string text, int sentenceStart, int numberStart, int previousEnd)
    {
        var start = Math.Max(sentenceStart, previousEnd);
        for (var i = numberStart - 1; i >= start; i--)
            if (IsDelimiter(text[i])) return i + 1;
        return start;
    }

    private static bool IsDelimiter(char c) => c is '，' or ',' or '；' or ';' or '：' or ':' or '、' or '。' or '\t';

    /// <summary>The words before the first colon or full stop of a numbered paragraph ("2、“三公经费”支出情况：…").</summary>
    private static string? InlineHeading(string text)
    {
        if (Outline.Numbering(text) is null && !text.TrimStart().StartsWith("**", StringComparison.Ordinal)) return null;
        var cut = text.IndexOfAny(['：', ':', '。']);
        return cut is > 0 and <= 30 ? text[..cut] : null;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$")]
    private static partial Regex ReportDate();

    [GeneratedRegex(@"[#*\s]")]
    private static partial Regex NoMarkup();

    [GeneratedRegex(@"(?:的)?(?:比例|比重)?$")]
    private static partial Regex ShareBaseTail();
}
