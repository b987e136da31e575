using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Hostile;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Tenancy;

/// <summary>
/// Every route of the OpenAPI document × every role × the caller's own tenant and another one. The cells come from the
/// document itself, so a route without a row in <see cref="TenancyMatrix"/> fails here until it gets one.
/// </summary>
[Trait("Provider", "each")]
public sealed class TenancyMatrixTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>Each role as an API key and as a bearer token with the same role and scope ("-token"): the same expectations.</summary>
    public static readonly string[] Roles = ["admin", "region", "agency", "admin-token", "region-token", "agency-token"];

    public static TheoryData<string, string, string> Cells()
    {
        var cells = new TheoryData<string, string, string>();
        foreach (var (template, methods) in RouteCases.OpenApiRoutes())
            foreach (var method in methods)
                foreach (var role in Roles)
                    foreach (var tenant in new[] { "own", "other" })
                        cells.Add($"{method} {template}", role, tenant);
        return cells;
    }

    [Fact]
    public async Task Every_route_of_the_served_document_has_a_matrix_row()
    {
        var document = JsonNode.Parse(await app.Client(null).GetStringAsync("/openapi/v1.json"))!;
        var served = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();
        var rows = TenancyMatrix.Rows.Select(r => r.Route).ToHashSet();

        Assert.True(served.SetEquals(rows),
            $"Routes without a TenancyMatrix row: [{string.Join(", ", served.Except(rows))}]; rows without a route: [{string.Join(", ", rows.Except(served))}].");
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_reaches_its_own_tenant_only(string route, string role, string tenant)
    {
        var row = TenancyMatrix.Rows.SingleOrDefault(r => r.Route == route);
        Assert.True(row is not null, $"{route} has no row in TenancyMatrix.Rows: add one line saying who may call it.");

        var admin = app.Client();
        var own = await MatrixTarget.CreateAsync(admin, own: true);
        var target = tenant == "own" ? own : await MatrixTarget.CreateAsync(admin, own: false);
        var caller = await CallerAsync(admin, role, own);
        var token = role.EndsWith("-token", StringComparison.Ordinal);
        role = role.Replace("-token", "", StringComparison.Ordinal);
        // The row's key-owned resource (a webhook) was registered with the admin key; a token is another owner, so an
        // admin token gets what any other admin key gets: 404.
        var expected = token && row.Access == Access.KeyOwned && role == "admin" ? 404 : Expected(row, role, tenant == "own");

        var id = row.Id is null ? null : await row.Id(target);
        var url = target.FillAll(row.Template, id) + target.Query(row);
        var (status, body) = await SendAsync(caller, row, url, target, retryWhileNotFound: expected == 200 && row.Method == "GET");

        Assert.True(expected == status, $"{role} on {tenant} tenant: {row.Method} {url} → {status}, expected {expected}: {body}");
        if (role != "admin" && tenant == "other" && status < 300)
            Assert.DoesNotContain(target.AgencyId, body);
    }

    private static int Expected(MatrixRow row, string role, bool own) => (row.Access, role) switch
    {
        (_, "admin") => row.Success,
        (Access.AdminOnly, _) => 403,
        (Access.Reference, _) => row.Success,
        (Access.ScopedWrite, "region") => 403,
        (Access.RegionList, "agency") => 403,
        (Access.RegionList, _) => row.Success,
        (Access.ScopedRead, _) when row.Template == "/api/v1/agencies" => row.Success,
        (Access.ScopedReview, "agency") => own ? 403 : 404,
        (Access.AgencyStep, "region") => own ? 403 : 404,
        (Access.RegionWrite, "agency") => 403,
        (Access.RegionRule, "agency") => 403,
        (Access.RegionRule, _) => own ? row.Success : 403,
        (Access.RegionRead, "agency") => 403,
        (Access.KeyOwned, "agency") => 403,
        (Access.KeyOwned, _) => 404,
        (Access.ScopedList, _) => row.Success,
        _ => own ? row.Success : 404,
    };

    private async Task<HttpClient> CallerAsync(HttpClient admin, string role, MatrixTarget own) => role switch
    {
        "admin-token" => app.BearerClient(TestTokens.Mint("admin", null)),
        "region-token" => app.BearerClient(TestTokens.Mint("region", own.Province)),
        "agency-token" => app.BearerClient(TestTokens.Mint("agency", own.AgencyId)),
        _ => app.Client(await KeyAsync(admin, role, own)),
    };

    private static async Task<string> KeyAsync(HttpClient admin, string role, MatrixTarget own) => role switch
    {
        "admin" => TestKeys.Admin,
        "region" => (await admin.CreateKeyAsync("region", own.Province)).Key,
        _ => (await admin.CreateKeyAsync("agency", own.AgencyId)).Key,
    };

    /// <summary>Derived results (year over year) appear shortly after a save: a GET that should succeed may wait for them.</summary>
    private static async Task<(int Status, string Body)> SendAsync(HttpClient caller, MatrixRow row, string url, MatrixTarget target, bool retryWhileNotFound)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), url);
            if (row.Content is not null) request.Content = row.Content(target);
            else if (row.Body is not null) request.Content = new StringContent(row.Body(target), Encoding.UTF8, "application/json");
            using var response = await caller.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (row.PerLine && response.StatusCode == HttpStatusCode.OK)
                return (JsonNode.Parse(body.Split('\n')[0])!["status"]!.GetValue<int>(), body);
            if (response.StatusCode != HttpStatusCode.NotFound || !retryWhileNotFound || DateTime.UtcNow > deadline)
                return ((int)response.StatusCode, body);
            await Task.Delay(200);
        }
    }
}
