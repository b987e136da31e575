using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Api.Tests.Infrastructure;

namespace PerfEval.Api.Tests.Publication;

/// <summary>
/// Every workflow action × state × role over HTTP, on each database: the allowed ones move the report, every other
/// one is refused (403 for a role that may never act so, 409 listing the allowed actions otherwise) and changes nothing.
/// </summary>
[Trait("Provider", "each")]
public sealed class WorkflowTransitionTests(TestApp app) : IClassFixture<TestApp>
{
    public static readonly string[] States = ["draft", "submitted", "returned", "accepted", "published", "retracted"];
    public static readonly string[] Actions = ["revise", "submit", "return", "accept", "publish", "retract"];
    public static readonly string[] Callers = ["agency", "region", "admin"];

    /// <summary>(state, action) → the roles allowed, and the state it leads to. Anything not listed is refused.</summary>
    private static readonly Dictionary<(string State, string Action), (string[] Roles, string To)> Allowed = new()
    {
        [("draft", "revise")] = (["agency", "admin"], "draft"),
        [("submitted", "revise")] = (["agency", "admin"], "draft"),
        [("returned", "revise")] = (["agency", "admin"], "draft"),
        [("retracted", "revise")] = (["agency", "admin"], "draft"),
        [("draft", "submit")] = (["agency", "admin"], "submitted"),
        [("submitted", "return")] = (["region", "admin"], "returned"),
        [("submitted", "accept")] = (["region", "admin"], "accepted"),
        [("accepted", "publish")] = (["region", "admin"], "published"),
        [("published", "retract")] = (["region", "admin"], "retracted"),
    };

    /// <summary>The admin actions that bring a new report to each state.</summary>
    private static readonly Dictionary<string, string[]> PathTo = new()
    {
        ["draft"] = [],
        ["submitted"] = ["submit"],
        ["returned"] = ["submit", "return"],
        ["accepted"] = ["submit", "accept"],
        ["published"] = ["submit", "accept", "publish"],
        ["retracted"] = ["submit", "accept", "publish", "retract"],
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var state in States)
            foreach (var action in Actions)
                foreach (var caller in Callers)
                    data.Add(state, action, caller);
        return data;
    }

    private static StringContent Body() => new("{\"reason\":\"数字与附表不符\",\"acknowledgeWarnings\":true}", Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, string agency, int year, string action) => action == "revise"
        ? await client.PutReportAsync(agency, year, Documents.Minimal(year))
        : await client.PostAsync($"/api/v1/agencies/{agency}/reports/{year}/{action}", Body());

    public static async Task<string> ReportInStateAsync(IPerfEvalApp app, string state, string regionCode = "430203", int year = 2023)
    {
        var admin = app.Client();
        var agency = $"wf-{Guid.NewGuid():N}"[..20];
        await admin.CreateAgencyAsync(agency, regionCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutReportAsync(agency, year, Documents.Minimal(year))).StatusCode);
        foreach (var step in PathTo[state])
            Assert.Equal(HttpStatusCode.OK, (await ActAsync(admin, agency, year, step)).StatusCode);
        return agency;
    }

    private async Task<HttpClient> ClientAsync(string caller, string agency) => caller switch
    {
        "admin" => app.Client(),
        "region" => app.Client((await app.Client().CreateKeyAsync("region", "430000")).Key),
        _ => app.Client((await app.Client().CreateKeyAsync("agency", agency)).Key),
    };

    private async Task<JsonObject> ReportAsync(string agency) => await (await app.Client().GetAsync($"/api/v1/agencies/{agency}/reports/2023")).ReadObjectAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_action_in_each_state_for_each_role_is_allowed_or_refused_as_the_workflow_says(string state, string action, string caller)
    {
        var agency = await ReportInStateAsync(app, state);
        var before = await ReportAsync(agency);
        var client = await ClientAsync(caller, agency);

        var response = await ActAsync(client, agency, 2023, action);

        var after = await ReportAsync(agency);
        if (Allowed.TryGetValue((state, action), out var allowed) && allowed.Roles.Contains(caller))
        {
            Assert.True(response.IsSuccessStatusCode, $"{caller} {action} on {state}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(allowed.To, after["status"]!.GetValue<string>());
            return;
        }
        var roleEverAllowed = Allowed.Any(a => a.Key.Action == action && a.Value.Roles.Contains(caller));
        var problem = await response.AssertProblemAsync(roleEverAllowed ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden);
        if (roleEverAllowed)
        {
            var listed = problem["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()).Order();
            var expected = Allowed.Where(a => a.Key.State == state && a.Value.Roles.Contains(caller)).Select(a => a.Key.Action).Order();
            Assert.Equal(expected, listed);
        }
        Assert.Equal(before["status"]!.GetValue<string>(), after["status"]!.GetValue<string>());
        Assert.Equal(before["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task History_records_every_transition_with_who_when_from_to_why_and_version()
    {
        var agency = await ReportInStateAsync(app, "retracted");
        var (_, agencyKey) = await app.Client().CreateKeyAsync("agency", agency);
        Assert.Equal(HttpStatusCode.OK, (await app.Client(agencyKey).PutReportAsync(agency, 2023, Documents.Minimal(2023, total: 1200m))).StatusCode);

        var history = JsonNode.Parse(await app.Client().GetStringAsync($"/api/v1/agencies/{agency}/reports/2023/history"))!.AsArray();

        Assert.Equal(["create", "submit", "accept", "publish", "retract", "revise"], history.Select(h => h!["action"]!.GetValue<string>()));
        Assert.Equal([null, "draft", "submitted", "accepted", "published", "retracted"], history.Select(h => h!["fromState"]?.GetValue<string>()));
        Assert.Equal(["draft", "submitted", "accepted", "published", "retracted", "draft"], history.Select(h => h!["toState"]!.GetValue<string>()));
        Assert.Equal([1, 1, 1, 1, 1, 2], history.Select(h => h!["version"]!.GetValue<int>()));
        Assert.Equal([1, 2, 3, 4, 5, 6], history.Select(h => h!["seq"]!.GetValue<int>()));
        Assert.Equal("数字与附表不符", history[4]!["reason"]!.GetValue<string>());
        Assert.True(history[3]!["warningsAcknowledged"]!.GetValue<bool>());
        Assert.Equal("agency-" + agency, history[5]!["actorName"]!.GetValue<string>());
        Assert.All(history, h => Assert.NotNull(h!["actorKeyId"]));
        Assert.All(history, h => Assert.EndsWith("+00:00", h!["at"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Publishing_needs_no_errors_and_an_acknowledgement_of_warnings_and_a_reason_is_required_to_return()
    {
        var agency = await ReportInStateAsync(app, "submitted");
        var admin = app.Client();
        var noReason = await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/return", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(["/reason"], (await noReason.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorPointers());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/accept", null)).StatusCode);

        var withWarnings = await ReportAsync(agency);
        if (withWarnings["findingCounts"]!["warnings"]!.GetValue<int>() > 0)
        {
            var refused = await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/publish", null);
            Assert.Contains("acknowledgement", (await refused.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>());
        }
        var published = await admin.PostAsync($"/api/v1/agencies/{agency}/reports/2023/publish",
            new StringContent("{\"acknowledgeWarnings\":true}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    [Fact]
    public async Task A_region_key_cannot_act_outside_its_region_and_an_agency_key_not_on_another_agency()
    {
        var hebei = await ReportInStateAsync(app, "submitted", regionCode: "130102");
        var (_, hunanKey) = await app.Client().CreateKeyAsync("region", "430000");
        var otherAgency = await ReportInStateAsync(app, "draft");
        var (_, otherKey) = await app.Client().CreateKeyAsync("agency", otherAgency);

        foreach (var action in new[] { "return", "accept", "publish", "retract", "submit" })
        {
            await (await app.Client(hunanKey).PostAsync($"/api/v1/agencies/{hebei}/reports/2023/{action}", Body())).AssertProblemAsync(HttpStatusCode.NotFound);
            await (await app.Client(otherKey).PostAsync($"/api/v1/agencies/{hebei}/reports/2023/{action}", Body())).AssertProblemAsync(HttpStatusCode.NotFound);
        }
        await (await app.Client(hunanKey).GetAsync($"/api/v1/agencies/{hebei}/reports/2023/history")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("submitted", (await ReportAsync(hebei))["status"]!.GetValue<string>());
    }
}
