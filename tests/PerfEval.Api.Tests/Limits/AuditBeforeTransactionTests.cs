using System.Runtime.CompilerServices;
using Mediator;
using PerfEval.Application.Reports;

namespace PerfEval.Api.Tests.Limits;

/// <summary>
/// A report's audit runs where the host reads the body, before any transaction opens (so no SQLite write lock is held
/// while it runs), and it travels with the body: no pipeline step writes into a command.
/// </summary>
public sealed class AuditBeforeTransactionTests
{
    private static readonly string FixturesDirectory = Path.Combine(AppContext.BaseDirectory, "fixtures", "reports");

    [Fact]
    public void A_parsed_body_carries_its_audit_and_metrics()
    {
        var body = ReportBody.Parse(File.ReadAllText(Path.Combine(FixturesDirectory, "hengshan-2022.json")));

        var assessment = Assert.IsType<ReportAssessment>(body.Assessment);
        Assert.Equal(PerfEval.Domain.Audit.RuleCatalog.Version, assessment.Audit.RulesetVersion);
        Assert.NotEmpty(assessment.Audit.Findings);
    }

    [Fact]
    public void A_body_that_does_not_parse_has_no_audit()
    {
        var body = ReportBody.Parse("""{"agency": 1}""");

        Assert.False(body.Parsed.Succeeded);
        Assert.Null(body.Assessment);
    }

    [Fact]
    public void Every_command_and_query_is_immutable()
    {
        var messages = typeof(PutReport).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t)).ToList();

        Assert.Contains(typeof(PutReport), messages);
        var settable = messages.SelectMany(t => t.GetProperties().Where(p => p.SetMethod is { } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{t.Name}.{p.Name}")).ToList();
        Assert.Empty(settable);
    }
}
