using PerfEval.Application.Abstractions;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Reports;

/// <summary>A document must not claim another year, agency code or region than the URL and registry say.</summary>
public static class ReportIdentity
{
    public static IReadOnlyList<FieldError> Contradictions(ReportDocument document, AgencyRecord agency, int fiscalYear)
    {
        var errors = new List<FieldError>();
        if (document.FiscalYear != fiscalYear)
            errors.Add(new("/fiscalYear", $"The document is for {document.FiscalYear} but the URL says {fiscalYear}."));
        if (document.Agency.Code is { } code && !string.Equals(code, agency.Code, StringComparison.Ordinal))
            errors.Add(new("/agency/code", $"The document names agency code {code} but the URL's agency has code {agency.Code}."));
        if (document.Agency.RegionCode is { } region && region != agency.RegionCode)
            errors.Add(new("/agency/regionCode", $"The document names region {region} but the agency is registered in {agency.RegionCode}."));
        return errors;
    }
}
