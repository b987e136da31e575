using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Reports;
using PerfEval.Domain.Scoring;

namespace PerfEval.Application.Scoring;

/// <summary>
/// Scores one stored version under every scoring profile (job). Results are keyed by version + profile version and
/// never overwritten, so a retried or duplicated job stores nothing new.
/// </summary>
public sealed record ScoreReportVersion(string AgencyId, int FiscalYear, int Version) : ICommand<int>, ITransactional;

public sealed class ScoreReportVersionHandler(IReportRepository reports, IScoringRepository scoring, IClock clock)
    : ICommandHandler<ScoreReportVersion, int>
{
    public async ValueTask<int> Handle(ScoreReportVersion command, CancellationToken cancellationToken)
    {
        var key = new VersionKey(command.AgencyId, command.FiscalYear, command.Version);
        var version = await reports.FindVersionAsync(TenantScope.System, command.AgencyId, command.FiscalYear, command.Version, cancellationToken)
            ?? throw new NotFoundException($"Version {command.Version} of {command.AgencyId}/{command.FiscalYear} does not exist.");

        using var json = JsonDocument.Parse(version.DocumentJson);
        var parsed = ReportParser.Parse(json.RootElement);
        var now = clock.UtcNow;
        if (!parsed.Succeeded)
        {
            await scoring.SetStateAsync(key, ScoringStates.Failed, "The stored document no longer parses: " + parsed.Errors[0].Message, now, cancellationToken);
            return 0;
        }

        var stored = 0;
        foreach (var profile in ScoringProfiles.All)
        {
            var result = ScoringEngine.Score(parsed.Document!, profile);
            var node = JsonSerializer.SerializeToNode(result, ApiJson.Options)!.AsObject();
            node["computedAt"] = now;
            var inputHash = Hash($"{version.DocumentHash}|{profile.Id}|{profile.Version}");
            if (await scoring.InsertScoreIfAbsentAsync(new StoredScore(key.AgencyId, key.FiscalYear, key.Version, profile.Id, profile.Version, inputHash,
                    node.ToJsonString(ApiJson.Options), now), cancellationToken))
                stored++;
        }
        await scoring.SetStateAsync(key, ScoringStates.Scored, null, now, cancellationToken);
        return stored;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
