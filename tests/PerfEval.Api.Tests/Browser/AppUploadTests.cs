using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PerfEval.Api.Tests.DocumentImport;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Browser;

/// <summary>
/// The /app report file upload in a real browser: a seed report file (as the document import tests use it) is read
/// into a draft shown beside its text, every figure marked and linked to its JSON pointer, the unread numbers and the
/// draft's findings listed exactly as the import route answers, and "save as draft version" stores the draft as sent.
/// </summary>
public sealed partial class AppViewsTests
{
    [Theory]
    [InlineData("docx")]
    [InlineData("txt")]
    public async Task A_report_file_is_read_into_a_draft_beside_its_text_and_saved_as_a_draft_version(string extension)
    {
        using var admin = service.Client();
        var agency = "app-doc-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        var (_, key) = await admin.CreateKeyAsync("agency", agency);
        var file = DocumentDriver.File("hengshan-2022", extension);
        var mediaType = DocumentDriver.Formats.Single(f => f.Extension == extension).MediaType;
        using var own = service.Client(key);
        using var imported = await own.ImportDocumentAsync(agency, 2022, file, mediaType);
        var expectedText = await imported.Content.ReadAsStringAsync();
        using var expectedJson = JsonDocument.Parse(expectedText);
        var expected = JsonNode.Parse(expectedText)!.AsObject();

        await using var session = await AppPageSession.OpenAsync(chromium, service, key);
        Assert.Equal("ready", await session.WaitSettledAsync());
        await session.Page.ClickAsync("#nav-upload");
        Assert.Equal("ready", await session.WaitSettledAsync("!document.getElementById('upload').hidden"));
        Assert.Equal(agency, await session.Page.InputValueAsync("#upload-agency"));
        await session.Page.FillAsync("#upload-year", "2022");
        await session.Page.SetInputFilesAsync("#upload-file", new FilePayload { Name = $"hengshan-2022.{extension}", MimeType = mediaType, Buffer = file });
        await session.Page.ClickAsync("#upload-form button[type=submit]");
        Assert.Equal("ready", await session.WaitSettledAsync("window.perfeval.upload !== null"));

        // The text as read, with a mark for every filled pointer and a draft row per pointer.
        var paragraphs = expected["paragraphs"]!.AsArray();
        Assert.Equal(paragraphs.Count, await session.Page.Locator("#upload-text p.source-paragraph").CountAsync());
        var provenance = expected["provenance"]!.AsArray();
        var pointers = provenance.Select(p => p!["pointer"]!.GetValue<string>()).Distinct().ToList();
        Assert.True(pointers.Count >= 30, $"only {pointers.Count} pointers filled");
        var rows = await session.Page.Locator("#upload-draft tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.pointer)");
        Assert.Equal(pointers, rows);
        var marked = await session.Page.Locator("#upload-text a.figure").EvaluateAllAsync<string[]>("marks => marks.flatMap(m => m.title.split('\\n'))");
        Assert.Equal(pointers.Order(StringComparer.Ordinal), marked.Distinct().Order(StringComparer.Ordinal));

        // One figure: its mark is the number and unit as written, at the provenance offsets, and links to its pointer's draft row.
        const string pointer = "/finance/final/revenue/total";
        var source = provenance.First(p => p!["pointer"]!.GetValue<string>() == pointer)!;
        var paragraph = paragraphs[source["paragraph"]!.GetValue<int>() - 1]!["text"]!.GetValue<string>();
        var written = paragraph[source["start"]!.GetValue<int>()..source["end"]!.GetValue<int>()];
        Assert.Equal("1092.90万元", written);
        var mark = session.Page.Locator($"#upload-text p[data-paragraph='{source["paragraph"]}'] a.figure[data-pointer='{pointer}']");
        Assert.Equal(written, await mark.InnerTextAsync());
        var target = (await mark.GetAttributeAsync("href"))!;
        var row = session.Page.Locator($"#upload-draft tr{target}");
        Assert.Equal(pointer, await row.GetAttributeAsync("data-pointer"));
        Assert.Contains("1092.9 万元", await row.InnerTextAsync(), StringComparison.Ordinal);
        await mark.ClickAsync();
        Assert.Contains("current", (await row.GetAttributeAsync("class"))!, StringComparison.Ordinal);

        // The numbers left unread and the draft's findings, as the route lists them.
        var unread = expected["unread"]!.AsArray();
        Assert.NotEmpty(unread);
        Assert.Equal(unread.Count, await session.Page.Locator("#upload-unread tbody tr").CountAsync());
        Assert.Contains(unread[0]!["sentence"]!.GetValue<string>(), await session.Page.Locator("#upload-unread tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        var findings = expected["findings"]!.AsArray();
        var findingRows = await session.Page.Locator("#upload-findings tbody tr").AllAsync();
        Assert.Equal(findings.Count, findingRows.Count);
        for (var i = 0; i < findingRows.Count; i++)
            Assert.Contains(findings[i]!["ruleId"]!.GetValue<string>(), await findingRows[i].InnerTextAsync(), StringComparison.Ordinal);
        await SaveScreenshotAsync(session, $"upload-{extension}");

        // Save as draft: the version appears through the API with the draft exactly as the import wrote it.
        using (var before = await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022"))
            Assert.Equal(System.Net.HttpStatusCode.NotFound, before.StatusCode);
        await session.Page.ClickAsync("#upload-save");
        Assert.Equal("ready", await session.WaitSettledAsync("window.perfeval.upload.saved !== undefined"));
        using var stored = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/agencies/{agency}/reports/2022"));
        Assert.Equal(1, stored.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("draft", stored.RootElement.GetProperty("status").GetString());
        Assert.Equal(expectedJson.RootElement.GetProperty("document").GetRawText(), stored.RootElement.GetProperty("document").GetRawText());
        var versions = await admin.GetStringAsync($"/api/v1/agencies/{agency}/reports/2022/versions");
        Assert.Single(JsonNode.Parse(versions)!.AsArray());
        Assert.Contains("已保存为第 1 版", await session.Page.Locator("#upload-saved").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(ErrorsBeyondNotFound(session));
    }

    [Fact]
    public async Task A_file_that_is_not_what_its_name_says_gets_the_services_problem_and_nothing_is_shown_or_stored()
    {
        using var admin = service.Client();
        var agency = "app-doc-" + Guid.NewGuid().ToString("N")[..8];
        await admin.CreateAgencyAsync(agency, "430423");
        var (_, key) = await admin.CreateKeyAsync("agency", agency);

        await using var session = await AppPageSession.OpenAsync(chromium, service, key);
        Assert.Equal("ready", await session.WaitSettledAsync());
        await session.Page.ClickAsync("#nav-upload");
        Assert.Equal("ready", await session.WaitSettledAsync("!document.getElementById('upload').hidden"));
        await session.Page.FillAsync("#upload-year", "2022");
        // A PDF named .docx: the page sends it as .docx and the route answers 400 problem+json.
        await session.Page.SetInputFilesAsync("#upload-file", new FilePayload
        {
            Name = "hengshan-2022.docx", MimeType = DocumentDriver.Docx, Buffer = DocumentDriver.File("hengshan-2022", "pdf"),
        });
        await session.Page.ClickAsync("#upload-form button[type=submit]");

        Assert.Equal("error", await session.WaitSettledAsync("false"));
        Assert.Contains("（400）", await session.Page.Locator("#error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await session.Page.Locator("#upload-result").IsHiddenAsync());
        using var stored = await admin.GetAsync($"/api/v1/agencies/{agency}/reports/2022");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, stored.StatusCode);
    }
}
