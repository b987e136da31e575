using System.Text.Json.Nodes;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Reports.SelfEvaluationSheets;
using static PerfEval.Domain.Tests.Reports.SelfEvaluationSheets.GridFixtures;

namespace PerfEval.Domain.Tests.Reports.SelfEvaluationSheets;

public sealed class SelfEvaluationSheetReaderTests
{
    [Fact]
    public void The_hengshan_sheet_as_filled_reads_to_the_fixture_table()
    {
        var result = SelfEvaluationSheetReader.Read(Sheet(Hengshan));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var read = Json(result.Table!);
        Assert.True(JsonNode.DeepEquals(HengshanTableJson(), read), read.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
