using PerfEval.Domain.Validation;

namespace PerfEval.Domain.Tests.Reports;

public sealed class FixtureValidityTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Reports), MemberType = typeof(Fixtures))]
    public void Fixture_deserialises_and_passes_structural_validation(string name)
    {
        var document = Fixtures.Report(name);

        var errors = ReportDocumentValidator.Validate(document);

        Assert.Empty(errors);
        Assert.False(string.IsNullOrWhiteSpace(document.Agency.Name));
        Assert.Matches("^[0-9]{6}$", document.Agency.RegionCode ?? "");
    }
}
