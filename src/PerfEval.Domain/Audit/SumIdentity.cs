using PerfEval.Domain.Reports;

namespace PerfEval.Domain.Audit;

/// <summary>A stated total and the stated parts it must equal.</summary>
public sealed record SumIdentity(string NameZh, string NameEn, Money? Total, string TotalPointer, IReadOnlyList<(Money? Money, string Pointer)> Parts, int MinParts = 2);

/// <summary>An identity rule exposes its identities so the unit-slip rule can test them too.</summary>
public interface ISumIdentitySource
{
    IEnumerable<SumIdentity> Identities(ReportDocument document);
}

/// <summary>Evaluates sum identities: compared in 万元 with each operand's written precision; a mismatch that vanishes
/// when the numbers are read as written (units ignored) is left to the unit-slip rule.</summary>
public static class SumIdentityCheck
{
    public static IEnumerable<Finding> Evaluate(IAuditRule rule, IEnumerable<SumIdentity> identities, AuditContext context)
    {
        foreach (var identity in identities)
        {
            var total = Figure.Of(identity.Total, identity.TotalPointer);
            var parts = identity.Parts.Select(p => Figure.Of(p.Money, p.Pointer)).OfType<Figure>().ToList();
            if (total is null || parts.Count < identity.MinParts) continue;
            if (AuditContext.SumHolds(total, parts)) continue;
            if (HoldsAsWritten(identity)) continue;

            var sum = parts.Sum(p => p.Value);
            var terms = string.Join(" + ", parts.Select(p => p.Written));
            yield return context.Create(rule.Descriptor,
                $"{identity.NameZh}：合计 {total.Written}，各项之和 {terms} = {AuditContext.N(sum)}万元，相差 {AuditContext.N(total.Value - sum)}万元。",
                $"{identity.NameEn}: total {total.Written} but the parts {terms} add up to {AuditContext.N(sum)} 万元 (difference {AuditContext.N(total.Value - sum)} 万元).",
                [total.Pointer, .. parts.Select(p => p.Pointer)], expected: sum, actual: total.Value);
        }
    }

    /// <summary>True when the identity holds on the numbers as written but not in 万元: a unit slip, reported by PE-UNIT-001.</summary>
    public static bool HoldsAsWritten(SumIdentity identity)
    {
        if (!MixesUnits(identity)) return false;
        var total = Figure.Raw(identity.Total, identity.TotalPointer);
        var parts = identity.Parts.Select(p => Figure.Raw(p.Money, p.Pointer)).OfType<Figure>().ToList();
        if (total is null || parts.Count < identity.MinParts) return false;
        var units = parts.Select(p => p.Unit).Append(total.Unit).Distinct().Count();
        return units > 1 && AuditContext.SumHolds(total, parts);
    }

    /// <summary>True when the total and at least <see cref="SumIdentity.MinParts"/> parts have values and some part has
    /// another unit than the total. Checked before any figure is built: almost every identity is in one unit.</summary>
    private static bool MixesUnits(SumIdentity identity)
    {
        if (identity.Total is not { Value: not null } total) return false;
        var count = 0;
        var mixed = false;
        foreach (var (money, _) in identity.Parts)
        {
            if (money?.Value is null) continue;
            count++;
            mixed |= money.Unit != total.Unit;
        }
        return mixed && count >= identity.MinParts;
    }
}
