using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;
using PerfEval.Api.Tests.Jobs;

namespace PerfEval.Api.Tests.DocumentImport;

/// <summary>
/// POST …/imports/document: each seed report as .docx, PDF and text gives a draft the report model accepts, with the
/// source of every filled pointer and the numbers left unread; hostile files are 4xx problems; nothing is ever stored;
/// another tenant's caller is refused.
/// </summary>
[Trait("Provider", "each")]
public sealed class DocumentImportTests(ApiOnlyApp app) : IClassFixture<ApiOnlyApp>
{
    public static TheoryData<string, string> ReportsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var report in DocumentDriver.Reports)
            foreach (var (extension, _) in DocumentDriver.Formats)
                data.Add(report.Name, extension);
        return data;
    }

    [Theory]
    [MemberData(nameof(ReportsAndFormats))]
    public async Task A_seed_report_imports_into_a_valid_draft_with_the_source_of_every_filled_pointer_and_stores_nothing(string name, string extension)
    {
        var admin = app.Client();
        var (_, _, year, region) = DocumentDriver.Reports.Single(r => r.Name == name);
        var agency = await NewAgencyAsync(admin, region);
        var mediaType = DocumentDriver.Formats.Single(f => f.Extension == extension).MediaType;
        var before = await RowCounts.ReadAsync(app);

        var response = await admin.ImportDocumentAsync(agency, year, DocumentDriver.File(name, extension), mediaType);

        await response.AssertSuccessAsync();
        Assert.Equal(before, await RowCounts.ReadAsync(app));
        var body = await response.ReadObjectAsync();
        var document = body["document"]!;
        Assert.Equal("1.1", document["schemaVersion"]!.GetValue<string>());
        Assert.Equal(year, document["fiscalYear"]!.GetValue<int>());
        Assert.Equal($"测试单位 {agency}", document["agency"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain(body["warnings"]!.AsArray(), w => w!["code"]!.GetValue<string>() == "draftInvalid");

        var provenance = body["provenance"]!.AsArray();
        var paragraphs = body["paragraphs"]!.AsArray();
        var sourced = provenance.Select(p => p!["pointer"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var leaves = FixtureComparison.Leaves(document);
        Assert.True(leaves.Count >= 30, $"{name}.{extension}: only {leaves.Count} figures placed");
        Assert.All(leaves, leaf => Assert.Contains(leaf.Pointer, sourced));
        Assert.All(provenance, entry =>
        {
            var paragraph = paragraphs[entry!["paragraph"]!.GetValue<int>() - 1]!["text"]!.GetValue<string>();
            var start = entry["start"]!.GetValue<int>();
            var written = paragraph[start..entry["end"]!.GetValue<int>()];
            Assert.StartsWith(entry["number"]!.GetValue<string>(), written, StringComparison.Ordinal);
            if (entry["unit"]?.GetValue<string>() is { } unit) Assert.EndsWith(unit, written.Replace('％', '%'), StringComparison.Ordinal);
            Assert.Contains(entry["number"]!.GetValue<string>(), entry["sentence"]!.GetValue<string>(), StringComparison.Ordinal);
            if (extension == "pdf") Assert.True(entry["page"]!.GetValue<int>() >= 1);
        });
        var unread = body["unread"]!.AsArray();
        Assert.NotEmpty(unread);
        Assert.All(unread, u => Assert.Contains(u!["number"]!.GetValue<string>(), u["sentence"]!.GetValue<string>(), StringComparison.Ordinal));

        // The normal path: the reviewed draft is PUT as the report.
        var put = await admin.PutReportAsync(agency, year, document.ToJsonString());
        Assert.True(put.StatusCode == HttpStatusCode.Created, await put.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_same_file_gives_the_same_draft()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin, "431102");
        var file = DocumentDriver.File("lingling-2023", "docx");

        var first = await (await admin.ImportDocumentAsync(agency, 2023, file, DocumentDriver.Docx)).Content.ReadAsStringAsync();
        var second = await (await admin.ImportDocumentAsync(agency, 2023, file, DocumentDriver.Docx)).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Figures_the_catalogue_places_land_at_their_pointers_with_the_phrase_quoted()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin, "430423");

        var body = await (await admin.ImportDocumentAsync(agency, 2022, DocumentDriver.File("hengshan-2022", "txt"), DocumentDriver.Text)).ReadObjectAsync();

        var document = body["document"]!;
        Assert.Equal(1092.90m, document["finance"]!["final"]!["revenue"]!["total"]!["value"]!.GetValue<decimal>());
        Assert.Equal(229.70m, document["finance"]!["budgetToFinal"]!["revenueDifference"]!["value"]!.GetValue<decimal>());
        Assert.Equal(("元", 2.74m), (document["sanGong"]!["actual"]!["total"]!["unit"]!.GetValue<string>(), document["sanGong"]!["actual"]!["total"]!["value"]!.GetValue<decimal>()));
        Assert.Equal("/finance/final/expenditure/basic", document["finance"]!["final"]!["expenditure"]!["personnel"]!["share"]!["of"]!.GetValue<string>());
        Assert.Equal(827.31m, document["finance"]!["final"]!["expenditure"]!["basic"]!["restatements"]![0]!["value"]!.GetValue<decimal>());
        var warnings = body["warnings"]!.AsArray().Select(w => w!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("unitSlip", warnings);
        Assert.Contains("statedTwice", warnings);
        var total = body["provenance"]!.AsArray().Single(p => p!["pointer"]!.GetValue<string>() == "/finance/final/revenue/total")!;
        Assert.Equal(("1092.90", "万元"), (total["number"]!.GetValue<string>(), total["unit"]!.GetValue<string>()));
        Assert.Contains("2022年决算总收入1092.90万元", total["sentence"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static TheoryData<string, int> HostileFiles() => new()
    {
        { "zip bomb docx", 422 },
        { "deeply nested docx", 422 },
        { "macro-enabled docx", 422 },
        { "encrypted docx", 422 },
        { "pdf declared as docx", 400 },
        { "truncated docx", 400 },
        { "scanned pdf", 422 },
        { "10,000-page pdf", 422 },
        { "encrypted pdf", 422 },
        { "malformed pdf", 400 },
        { "docx declared as pdf", 400 },
        { "non-UTF-8 text", 400 },
        { "binary as text", 400 },
        { "empty body", 400 },
        { "text with charset gbk", 415 },
        { "word 97 media type", 415 },
        { "docm media type", 415 },
        { "no content type", 415 },
        { "over the size limit", 413 },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_file_is_a_4xx_problem_and_nothing_is_stored(string kind, int status)
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin, "431102");
        var docx = DocumentDriver.File("lingling-2023", "docx");
        var pdf = DocumentDriver.File("lingling-2023", "pdf");
        var (bytes, mediaType) = kind switch
        {
            "zip bomb docx" => (HostileDocuments.ZipBombDocx(), DocumentDriver.Docx),
            "deeply nested docx" => (HostileDocuments.DeeplyNestedDocx(), DocumentDriver.Docx),
            "macro-enabled docx" => (HostileDocuments.MacroDocx(), DocumentDriver.Docx),
            "encrypted docx" => (HostileDocuments.EncryptedDocx(), DocumentDriver.Docx),
            "pdf declared as docx" => (pdf, DocumentDriver.Docx),
            "truncated docx" => (docx[..(docx.Length / 2)], DocumentDriver.Docx),
            "scanned pdf" => (HostileDocuments.Pdf(2), DocumentDriver.Pdf),
            "10,000-page pdf" => (HostileDocuments.Pdf(10_000), DocumentDriver.Pdf),
            "encrypted pdf" => (HostileDocuments.Pdf(1, encrypted: true), DocumentDriver.Pdf),
            "malformed pdf" => (Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntrailer << /Root 1 0 R >>\n%%EOF"), DocumentDriver.Pdf),
            "docx declared as pdf" => (docx, DocumentDriver.Pdf),
            "non-UTF-8 text" => (HostileDocuments.GbkText(), DocumentDriver.Text),
            "binary as text" => (pdf, DocumentDriver.Text),
            "empty body" => ([], DocumentDriver.Text),
            "text with charset gbk" => (DocumentDriver.File("lingling-2023", "txt"), "text/plain; charset=gbk"),
            "word 97 media type" => (docx, "application/msword"),
            "docm media type" => (docx, "application/vnd.ms-word.document.macroEnabled.12"),
            "no content type" => (docx, (string?)null),
            _ => (new byte[2 * 1024 * 1024 + 1], DocumentDriver.Pdf),
        };
        var before = await RowCounts.ReadAsync(app);

        var response = await admin.ImportDocumentAsync(agency, 2023, bytes, mediaType);

        var problem = await response.AssertProblemAsync((HttpStatusCode)status);
        Assert.False(string.IsNullOrEmpty(problem["detail"]?.GetValue<string>()));
        if (kind == "scanned pdf") Assert.Contains("Scanned PDF, no text", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.ReadAsync(app));
    }

    [Fact]
    public async Task A_fiscal_year_out_of_range_is_422_at_fiscalYear()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin, "431102");

        var problem = await (await admin.ImportDocumentAsync(agency, 99999, DocumentDriver.File("lingling-2023", "txt"), DocumentDriver.Text))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("/fiscalYear", problem.ErrorPointers());
    }

    [Fact]
    public async Task Another_agencys_key_gets_404_a_region_key_403_no_key_401_and_the_agencys_own_key_200()
    {
        var admin = app.Client();
        var agency = await NewAgencyAsync(admin, "431102");
        var other = await NewAgencyAsync(admin, "431102");
        var own = app.Client((await admin.CreateKeyAsync("agency", agency)).Key);
        var otherKey = app.Client((await admin.CreateKeyAsync("agency", other)).Key);
        var region = app.Client((await admin.CreateKeyAsync("region", "430000")).Key);
        var file = DocumentDriver.File("lingling-2023", "txt");

        await (await otherKey.ImportDocumentAsync(agency, 2023, file, DocumentDriver.Text)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await region.ImportDocumentAsync(agency, 2023, file, DocumentDriver.Text)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Client(null).ImportDocumentAsync(agency, 2023, file, DocumentDriver.Text)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await own.ImportDocumentAsync(agency, 2023, file, DocumentDriver.Text)).AssertSuccessAsync();
    }

    private static async Task<string> NewAgencyAsync(HttpClient admin, string region)
    {
        var agency = "doc-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, region);
        return agency;
    }
}
