using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Hostile;

/// <summary>Every method a route does not have (405), odd ids and years in paths (404), bad query values (400/422).</summary>
public static class RouteCases
{
    private static readonly string[] Methods = ["GET", "PUT", "POST", "DELETE", "PATCH"];

    // %00 is left out: the test server refuses it on the client side (Kestrel answers it with its own 400).
    private static readonly string[] OddIds =
    [
        "%0A", "nl-x%0A", "a%2Fb", "%2e%2e%2f%2e%2e", "'%20OR%20'1'='1", "%27;DROP%20TABLE%20agencies;--", "%3Cscript%3E",
        new string('a', 10_000), "%F0%9F%98%80", "HOSTILE-UPPER", "%E2%80%AE", "null", "*", "%25",
    ];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (template, methods) in OpenApiRoutes())
            foreach (var method in Methods.Except(methods))
                yield return new($"route {method} {template}", w => Raw.Request(new HttpMethod(method), Fill(template, w)), 405);

        foreach (var id in OddIds)
        {
            var shown = id.Length > 40 ? $"{id.Length} characters" : id;
            yield return new($"route agency id {shown}", _ => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{id}"), 404);
            yield return new($"route report of agency id {shown}", _ => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{id}/reports/2022"), 404);
            yield return new($"route PUT report of agency id {shown}", _ => Raw.Put($"/api/v1/agencies/{id}/reports/{HostileWorld.NewYear}", ReportBodies.Valid()), 404);
            yield return new($"route region code {shown}", _ => Raw.Request(HttpMethod.Get, $"/api/v1/regions/{id}"), 404);
            yield return new($"route revoke key id {shown}", _ => Raw.Request(HttpMethod.Delete, $"/api/v1/api-keys/{id}"), 404);
        }

        foreach (var year in new[] { "0", "-1", "99999", "2147483648", "2147483647", "2022.0", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%92", "1e3", "-2147483649" })
        {
            yield return new($"route GET report year {year}", w => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{w.AgencyId}/reports/{year}"), 404);
            yield return new($"route GET findings year {year}", w => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{w.AgencyId}/reports/{year}/findings"), 404);
            yield return new($"route GET score year {year}", w => Raw.Request(HttpMethod.Get, $"/api/v1/agencies/{w.AgencyId}/reports/{year}/score"), 404);
        }
        foreach (var year in new[] { "0", "-1", "99999", "2147483647" })
            yield return new($"route PUT report year {year}", w => Raw.Put($"/api/v1/agencies/{w.AgencyId}/reports/{year}", ReportBodies.Valid()), 422, "/fiscalYear");
        yield return new("route version 0", w => Raw.Request(HttpMethod.Get, w.ReportPath + "/versions/0"), 404);
        yield return new("route version -1", w => Raw.Request(HttpMethod.Get, w.ReportPath + "/versions/-1"), 404);
        yield return new("route version 2^31", w => Raw.Request(HttpMethod.Get, w.ReportPath + "/versions/2147483648"), 404);

        foreach (var (query, status, pointer) in QueryCases())
            yield return new($"query {query}", w => Raw.Request(HttpMethod.Get, query.Replace("{agency}", w.AgencyId, StringComparison.Ordinal)), status, pointer);
    }

    private static IEnumerable<(string Query, int Status, string? Pointer)> QueryCases()
    {
        foreach (var limit in new[] { "0", "-1", "501", "99999999999", "abc", "1e3", "1.5", "%00" })
            yield return ($"/api/v1/reports?limit={limit}", limit is "0" or "-1" or "501" ? 422 : 400, limit is "0" or "-1" or "501" ? "/limit" : null);
        foreach (var cursor in new[] { "garbage", "%%%", "eyJ4IjoxfQ", "AAAA", new string('A', 5000), "%00" })
            yield return ($"/api/v1/reports?cursor={cursor}", 422, "/cursor");
        foreach (var status in new[] { "lost", "DRAFT", "draft%0A" })
            yield return ($"/api/v1/reports?status={status}", 422, "/status");
        foreach (var year in new[] { "abc", "99999999999", "2022.0" })
            yield return ($"/api/v1/reports?fiscalYear={year}", 400, null);
        foreach (var severity in new[] { "fatal", "ERROR", "error%0A" })
            yield return ($"/api/v1/findings?severity={severity}", 422, "/severity");
        foreach (var limit in new[] { "0", "5001" })
            yield return ($"/api/v1/findings?limit={limit}", 422, "/limit");
        foreach (var version in new[] { "abc", "1.5", "99999999999" })
            yield return ($"/api/v1/agencies/{{agency}}/reports/2022/findings?version={version}", 400, null);
        yield return ("/api/v1/agencies/{agency}/yoy?fromYear=abc", 400, null);
        yield return ("/api/v1/agencies/{agency}/yoy?fromYear=2023&toYear=2020", 422, "/fromYear");
    }

    /// <summary>Route templates and their methods, read from the checked-in OpenAPI document (a test keeps it equal to the served one).</summary>
    public static IEnumerable<(string Template, string[] Methods)> OpenApiRoutes()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi", "v1.json")))!;
        foreach (var (template, item) in document["paths"]!.AsObject())
            yield return (template, item!.AsObject().Select(p => p.Key.ToUpperInvariant()).ToArray());
    }

    /// <summary>A template's parameters filled with the world's own resources; any other parameter (a new route's) is 1.</summary>
    public static string Fill(string template, HostileWorld world) => template
        .Replace("{agencyId}", world.AgencyId, StringComparison.Ordinal)
        .Replace("{fiscalYear}", HostileWorld.ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{version}", "1", StringComparison.Ordinal)
        .Replace("{code}", "430000", StringComparison.Ordinal)
        .Replace("{id}", "no-such-id", StringComparison.Ordinal)
        .Pipe(path => System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "1"));

    private static string Pipe(this string value, Func<string, string> next) => next(value);
}
