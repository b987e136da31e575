using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Validation;

namespace PerfEval.Benchmarks;

/// <summary>
/// Loads the national population into the product's own schema with binary COPY, one transaction: the agencies, and
/// for every agency and year the rows one PUT of a first version stores (head, version with its document and metrics,
/// findings, history row, change-feed rows) and the ledger rows it owes (every profile's score, both comparisons,
/// the year's dashboard fact), all pending, so that the real workers derive them.
/// </summary>
public static class NationalLoad
{
    private const string CreatedBy = "bench-national";

    public static async Task<double> CopyAsync(string connectionString, NationalPopulation population, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var agencies = population.Agencies;

        await CopyAsync(connection, "agencies (id, code, code_key, name, region_code, region_path, sector, created_at)", agencies, async (row, a) =>
        {
            await row.WriteAsync(a.Id, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(a.Code, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(CodeKey.Of(a.Code), NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(a.Name, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(a.Region.Code, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(a.Region.Path, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(a.Sector, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);
        Log($"agencies copied ({clock.Elapsed.TotalSeconds:0.0} s)");

        var years = agencies.SelectMany(a => Enumerable.Range(0, NationalPopulation.Years).Select(y => (Agency: a, YearIndex: y, Year: NationalPopulation.FirstFiscalYear + y)))
            .ToList();

        await CopyAsync(connection, "reports (agency_id, fiscal_year, current_version, status, created_at, updated_at)", years, async (row, r) =>
        {
            await row.WriteAsync(r.Agency.Id, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(r.Year, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync("draft", NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            await row.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);

        var hashes = new string[years.Count];
        var index = 0;
        await CopyAsync(connection,
            "report_versions (agency_id, fiscal_year, version, status, document, document_hash, metrics, ruleset_version, error_count, warning_count, info_count, created_at, created_by)",
            years, async (row, r) =>
            {
                var body = population.BodyOf(r.Agency, r.YearIndex);
                var document = NationalPopulation.DocumentOf(r.Agency, body);
                var hash = hashes[index++] = Hashes.Sha256(document);
                await row.WriteAsync(r.Agency.Id, NpgsqlDbType.Text, cancellationToken);
                await row.WriteAsync(r.Year, NpgsqlDbType.Integer, cancellationToken);
                await row.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                await row.WriteAsync("draft", NpgsqlDbType.Text, cancellationToken);
                await row.WriteAsync(document, NpgsqlDbType.Text, cancellationToken);
                await row.WriteAsync(hash, NpgsqlDbType.Text, cancellationToken);
                await row.WriteAsync(body.Metrics, NpgsqlDbType.Jsonb, cancellationToken);
                await row.WriteAsync(body.RulesetVersion, NpgsqlDbType.Text, cancellationToken);
                await row.WriteAsync(body.Errors, NpgsqlDbType.Integer, cancellationToken);
                await row.WriteAsync(body.Warnings, NpgsqlDbType.Integer, cancellationToken);
                await row.WriteAsync(body.Infos, NpgsqlDbType.Integer, cancellationToken);
                await row.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await row.WriteAsync(CreatedBy, NpgsqlDbType.Text, cancellationToken);
            }, cancellationToken);
        Log($"heads and versions copied ({clock.Elapsed.TotalSeconds:0.0} s)");

        var findings = years.SelectMany(r =>
        {
            var body = population.BodyOf(r.Agency, r.YearIndex);
            return body.Findings.Select((f, i) => (r.Agency.Id, r.Year, Seq: i + 1, f.RuleId, f.Severity, body.RulesetVersion, Body: body.FindingBodies[i]));
        });
        await CopyAsync(connection, "report_findings (agency_id, fiscal_year, version, seq, rule_id, severity, ruleset_version, body)", findings, async (row, f) =>
        {
            await row.WriteAsync(f.Id, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(f.Year, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(f.Seq, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(f.RuleId, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(f.Severity, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(f.RulesetVersion, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(f.Body, NpgsqlDbType.Jsonb, cancellationToken);
        }, cancellationToken);

        await CopyAsync(connection, "report_transitions (agency_id, fiscal_year, seq, version, action, to_state, warnings_acknowledged, actor_name, at)", years, async (row, r) =>
        {
            await row.WriteAsync(r.Agency.Id, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(r.Year, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync("create", NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync("draft", NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            await row.WriteAsync(CreatedBy, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);

        var ledger = years.SelectMany(r => NationalPopulation.OwedPerVersion.Select(kind => (r.Agency.Id, r.Year, Version: 1, Kind: kind))
            .Append((r.Agency.Id, r.Year, Version: DerivationKinds.ReportYear, Kind: DerivationKinds.Dashboard)));
        await CopyAsync(connection, "derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, created_at, updated_at)", ledger, async (row, d) =>
        {
            await row.WriteAsync(d.Id, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(d.Year, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(d.Version, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(d.Kind, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync("pending", NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            // The dashboard row is owed a moment after the version, as a PUT owes it (FollowUps.DashboardSettle).
            await row.WriteAsync(d.Kind == DerivationKinds.Dashboard ? now + FollowUps.DashboardSettle : now, NpgsqlDbType.TimestampTz, cancellationToken);
            await row.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            await row.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);

        index = 0;
        var changes = years.SelectMany(r =>
        {
            var body = population.BodyOf(r.Agency, r.YearIndex);
            var hash = hashes[index++];
            return new[]
            {
                (r.Agency.Id, r.Year, Kind: "version", Detail: $"{{\"status\":\"draft\",\"documentHash\":\"{hash}\"}}"),
                (r.Agency.Id, r.Year, Kind: "findings", Detail: $"{{\"errors\":{body.Errors},\"warnings\":{body.Warnings},\"infos\":{body.Infos}}}"),
            };
        });
        await CopyAsync(connection, "changes (agency_id, fiscal_year, version, kind, detail, at)", changes, async (row, c) =>
        {
            await row.WriteAsync(c.Id, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(c.Year, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
            await row.WriteAsync(c.Kind, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(c.Detail, NpgsqlDbType.Text, cancellationToken);
            await row.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 })
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        return seconds;
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write,
        CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var item in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await write(importer, item);
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private static void Log(string message) => Console.WriteLine($"  {message}");
}
