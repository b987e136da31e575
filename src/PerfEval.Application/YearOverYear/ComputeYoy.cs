using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Domain.Reports;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Application.YearOverYear;

/// <summary>
/// Recomputes one agency-year's comparison with the year before (job): current versions of both years plus the
/// prior-year figures the report itself states. Stored by agency + year and replaced only when its inputs change.
/// </summary>
public sealed record ComputeYoy(string AgencyId, int FiscalYear) : ICommand<bool>, ITransactional;

public sealed class ComputeYoyHandler(IReportRepository reports, IScoringRepository scoring, IYoyRepository yoy, IClock clock, YoyOptions options)
    : ICommandHandler<ComputeYoy, bool>
{
    public async ValueTask<bool> Handle(ComputeYoy command, CancellationToken cancellationToken)
    {
        var current = await LoadAsync(command.AgencyId, command.FiscalYear, cancellationToken);
        if (current is null) return false;
        var previous = await LoadAsync(command.AgencyId, command.FiscalYear - 1, cancellationToken);

        var inputHash = Hash($"{current.Value.Hash}|{previous?.Hash}|{string.Join(",", current.Value.Scores)}|{string.Join(",", previous?.Scores ?? [])}|{options.DefaultThresholdPercent}");
        if (await yoy.FindAsync(TenantScope.System, command.AgencyId, command.FiscalYear, cancellationToken) is { } existing && existing.InputHash == inputHash)
            return false;

        var result = YoyEngine.Compare(current.Value.Document, previous?.Document, options, current.Value.Scores, previous?.Scores);
        var node = JsonSerializer.SerializeToNode(result, ApiJson.Options)!.AsObject();
        node["agencyId"] = command.AgencyId;
        node["computedAt"] = clock.UtcNow;
        await yoy.UpsertAsync(command.AgencyId, command.FiscalYear, inputHash, node.ToJsonString(ApiJson.Options), clock.UtcNow, cancellationToken);
        return true;
    }

    private async Task<(ReportDocument Document, string Hash, Dictionary<string, decimal?> Scores)?> LoadAsync(string agencyId, int year, CancellationToken cancellationToken)
    {
        var head = await reports.FindHeadAsync(TenantScope.System, agencyId, year, cancellationToken);
        if (head is null) return null;
        var version = await reports.FindVersionAsync(TenantScope.System, agencyId, year, head.Version, cancellationToken);
        if (version is null) return null;
        using var json = JsonDocument.Parse(version.DocumentJson);
        var parsed = ReportParser.Parse(json.RootElement);
        if (!parsed.Succeeded) return null;

        var scores = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var stored in await scoring.ListScoresAsync(TenantScope.System, new VersionKey(agencyId, year, head.Version), cancellationToken))
        {
            using var result = JsonDocument.Parse(stored.ResultJson);
            scores[stored.Profile] = result.RootElement.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number ? total.GetDecimal() : null;
        }
        return (parsed.Document!, version.DocumentHash, scores);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
