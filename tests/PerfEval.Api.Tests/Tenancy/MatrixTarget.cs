using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Tenancy;

/// <summary>
/// The tenant a matrix cell aims at: an agency with a 2022 report (version 1, draft), created fresh for the cell, in
/// the caller's own province (湖南 430000) or in another one (河北 130000).
/// </summary>
public sealed class MatrixTarget(HttpClient admin, string agencyId, string province, string county)
{
    public const int Year = 2022;

    public string AgencyId { get; } = agencyId;
    public string Province { get; } = province;
    public string County { get; } = county;

    public static async Task<MatrixTarget> CreateAsync(HttpClient admin, bool own)
    {
        var (province, county) = own ? ("430000", "430423") : ("130000", "130110");
        var agency = (own ? "own-" : "other-") + Guid.NewGuid().ToString("N")[..10];
        await admin.CreateAgencyAsync(agency, county);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, Year, Documents.Minimal(Year))).StatusCode);
        return new MatrixTarget(admin, agency, province, county);
    }

    /// <summary>Fills a route template's known parameters; {id} comes from the row.</summary>
    public string Fill(string template, string? id) => template
        .Replace("{agencyId}", AgencyId, StringComparison.Ordinal)
        .Replace("{fiscalYear}", Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{version}", "1", StringComparison.Ordinal)
        .Replace("{code}", County, StringComparison.Ordinal)
        .Replace("{id}", id ?? "", StringComparison.Ordinal);

    /// <summary>A route's other parameters (e.g. a new route's {publicationId}) take the row's Id.</summary>
    public string FillAll(string template, string? id) =>
        System.Text.RegularExpressions.Regex.Replace(Fill(template, id), @"\{[^}]+\}", id ?? "1");

    /// <summary>List routes are asked about the target's province, so "other" asks a region key about another region.</summary>
    public string Query(MatrixRow row) => row.Access is Access.RegionList || row.Template == "/api/v1/agencies" ? "?regionCode=" + Province : "";

    public string ReportBody() => Documents.Minimal(Year, regionCode: County);

    public string NewAgencyBody()
    {
        var id = "new-" + Guid.NewGuid().ToString("N")[..10];
        return $$"""{"id":"{{id}}","code":"{{id.ToUpperInvariant()}}","name":"矩阵单位","regionCode":"{{County}}"}""";
    }

    public string NewRegionBody() =>
        $$"""{"code":"{{Random.Shared.Next(900_000, 999_999)}}","name":"矩阵区","parentCode":"{{Province}}"}""";

    public async Task<string> NewKeyIdAsync() => (await admin.CreateKeyAsync("agency", AgencyId)).Id;

    public async Task<string> NewRescoreRunIdAsync()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admin/rescore", new { regionCode = Province });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
}
