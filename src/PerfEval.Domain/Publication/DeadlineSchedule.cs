using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEval.Domain.Publication;

/// <summary>
/// The publication deadline rules of every region and fiscal year. Lookup walks the agency's region chain from the
/// most specific code up (county, city, province) and takes the first region with a rule, preferring the rule for
/// that exact fiscal year over the region's every-year rule; national rules come last. A county that sets its own
/// rule therefore overrides its province even for years the province names explicitly.
/// </summary>
public sealed class DeadlineSchedule
{
    private readonly IReadOnlyList<DeadlineRuleEntry> _entries;

    public DeadlineSchedule(IEnumerable<DeadlineRuleEntry> entries)
    {
        _entries = entries.ToList();
        foreach (var entry in _entries)
        {
            if (entry.Rule is FixedDateRule && entry.FiscalYear is null)
                throw new ArgumentException($"Region {entry.RegionCode ?? "national"}: a fixed date needs a fiscal year.", nameof(entries));
            if (string.IsNullOrWhiteSpace(entry.Basis))
                throw new ArgumentException($"Region {entry.RegionCode ?? "national"}: every rule must state its basis.", nameof(entries));
        }
        var duplicate = _entries.GroupBy(e => (e.RegionCode, e.FiscalYear)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Region {duplicate.Key.RegionCode ?? "national"}, year {duplicate.Key.FiscalYear?.ToString() ?? "any"}: more than one rule.", nameof(entries));
    }

    /// <summary>The national default: 部门决算 (and the self-evaluation published with it) within 20 days of the 批复, 预算法 §14.</summary>
    public static DeadlineSchedule Default { get; } = new(
    [
        new DeadlineRuleEntry(null, null, new CalendarDaysAfterApprovalRule(20),
            "预算法 §14: 部门预算、决算及报表 are made public within 20 days of the 批复; 预算法实施条例: units within 20 days of their department's 批复."),
    ]);

    public IReadOnlyList<DeadlineRuleEntry> Entries => _entries;

    /// <summary>The rule for <paramref name="fiscalYear"/> in the agency's region chain: its region and the ancestors,
    /// most specific first (e.g. 430426, 430400, 430000); null when none applies.</summary>
    public DeadlineRuleEntry? Find(IReadOnlyList<string> regionChain, int fiscalYear)
    {
        foreach (var region in regionChain.Cast<string?>().Append(null))
        {
            var match = _entries.FirstOrDefault(e => e.RegionCode == region && e.FiscalYear == fiscalYear)
                ?? _entries.FirstOrDefault(e => e.RegionCode == region && e.FiscalYear is null);
            if (match is not null) return match;
        }
        return null;
    }

    /// <summary>The due date for an agency's report year, from the applicable rule and the recorded 批复 date.</summary>
    public DueDateResult DueDate(IReadOnlyList<string> regionChain, int fiscalYear, DateOnly? approvalDate, HolidayCalendar calendar) =>
        Find(regionChain, fiscalYear)?.Rule.Resolve(approvalDate, calendar) ?? DueDateResult.Unknown(DueDateGap.NoRule);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record JsonEntry(string? Region, int? FiscalYear, string? Rule, int? Days, DateOnly? Date, string? Basis);

    /// <summary>
    /// Reads a list of <c>{"region": "430000", "fiscalYear": 2024, "rule": "workingDaysAfterApproval", "days": 20, "basis": "…"}</c>;
    /// rules are <c>fixedDate</c> (with <c>date</c>), <c>calendarDaysAfterApproval</c> and <c>workingDaysAfterApproval</c> (with <c>days</c>).
    /// </summary>
    /// <exception cref="FormatException">The JSON does not have that shape or the rules contradict each other.</exception>
    public static DeadlineSchedule FromJson(string json)
    {
        try
        {
            var entries = JsonSerializer.Deserialize<List<JsonEntry>>(json, JsonOptions) ?? throw new FormatException("Deadline rules: empty.");
            return new DeadlineSchedule(entries.Select(e => new DeadlineRuleEntry(e.Region, e.FiscalYear, ToRule(e), e.Basis ?? "")));
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new FormatException($"Deadline rules: {e.Message}", e);
        }
    }

    private static DeadlineRule ToRule(JsonEntry e) => e.Rule switch
    {
        "fixedDate" => new FixedDateRule(e.Date ?? throw new FormatException($"Region {e.Region ?? "national"}: fixedDate needs a date.")),
        "calendarDaysAfterApproval" => new CalendarDaysAfterApprovalRule(e.Days ?? throw new FormatException($"Region {e.Region ?? "national"}: {e.Rule} needs days.")),
        "workingDaysAfterApproval" => new WorkingDaysAfterApprovalRule(e.Days ?? throw new FormatException($"Region {e.Region ?? "national"}: {e.Rule} needs days.")),
        _ => throw new FormatException($"Region {e.Region ?? "national"}: unknown rule '{e.Rule}'."),
    };
}
