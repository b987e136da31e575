using System.Buffers.Text;
using System.Text;

namespace PerfEval.Application.Reports;

/// <summary>Opaque keyset cursor over (agencyId, fiscalYear).</summary>
public static class ReportCursor
{
    public static string Encode(string agencyId, int fiscalYear) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{fiscalYear}:{agencyId}"));

    public static bool TryDecode(string cursor, out string agencyId, out int fiscalYear)
    {
        agencyId = "";
        fiscalYear = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !int.TryParse(text.AsSpan(0, colon), out fiscalYear)) return false;
            agencyId = text[(colon + 1)..];
            return agencyId.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
