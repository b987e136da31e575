using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using PerfEval.Application.Common;
using PerfEval.Application.Derivations;
using PerfEval.Domain.Audit;
using PerfEval.Domain.Reports;
using PerfEval.Domain.YearOverYear;

namespace PerfEval.Benchmarks;

/// <summary>
/// Bulk intake against the database's own bulk limit, in the same run: one 10,000-line NDJSON batch through
/// <c>POST /api/v1/imports/reports</c> (every line validated, audited and decided by the product), then a binary COPY of
/// the same rows (heads, versions with documents and metrics, findings, history, ledger rows, change-feed rows) into
/// the same tables of a fresh database, in one transaction, with the audit done before the clock starts and no
/// product code in the loop. Prints reports/s of both and the batch's share of COPY.
/// </summary>
public sealed class BulkPhase(BenchOptions options, BenchTenants tenants, PostgresAdmin postgres)
{
    public const string Name = "bulk";
    private const int BatchLines = 10_000;
    private const string CreatedBy = "bench-bulk";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<PhaseResult> RunAsync(CancellationToken cancellationToken)
    {
        var keys = Enumerable.Range(0, BatchLines).Select(i => tenants.Keys[i % tenants.Keys.Count]).ToList();
        var batch = Batch(keys);
        Log($"{keys.Count} lines, {batch.Length / 1024.0 / 1024.0:0.0} MiB");

        var bulkDatabase = await postgres.CreateDatabaseAsync("bench_bulk", cancellationToken);
        double bulkSeconds;
        var statuses = new Dictionary<string, long>();
        await using (var service = await StartServiceAsync(bulkDatabase, cancellationToken))
        {
            await AdminSetup.RegisterAsync(service.BaseAddress, tenants.Agencies, withKeys: false, cancellationToken);
            using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(15) };
            http.DefaultRequestHeaders.Add("X-Api-Key", AdminSetup.AdminKey);
            var clock = Stopwatch.StartNew();
            using var content = new ByteArrayContent(batch);
            content.Headers.TryAddWithoutValidation("Content-Type", "application/x-ndjson");
            using var response = await http.PostAsync("api/v1/imports/reports", content, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            bulkSeconds = clock.Elapsed.TotalSeconds;
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The batch was refused: {(int)response.StatusCode} {text[..Math.Min(500, text.Length)]}");
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var result = JsonDocument.Parse(line);
                var status = result.RootElement.GetProperty("status").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        }
        var stored = statuses.Where(s => s.Key is "200" or "201").Sum(s => s.Value);
        var bulkRate = stored / bulkSeconds;
        Log($"bulk: {stored} of {keys.Count} lines stored in {bulkSeconds:0.00} s = {bulkRate:0} reports/s ({string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))})");

        var rows = CopyRows.Of(keys);
        var copyDatabase = await postgres.CreateDatabaseAsync("bench_bulk_copy", cancellationToken);
        await using (var service = await StartServiceAsync(copyDatabase, cancellationToken))
            await AdminSetup.RegisterAsync(service.BaseAddress, tenants.Agencies, withKeys: false, cancellationToken);
        var copySeconds = await rows.CopyAsync(copyDatabase, cancellationToken);
        var copyRate = keys.Count / copySeconds;
        var share = bulkRate / copyRate;
        Log($"COPY: {keys.Count} reports' rows in {copySeconds:0.00} s = {copyRate:0} reports/s; bulk intake = {share * 100:0} % of COPY");

        var errors = statuses.Where(s => s.Key is not ("200" or "201")).ToDictionary(s => s.Key, s => s.Value);
        var latency = new LatencySummary(bulkSeconds * 1000, bulkSeconds * 1000, bulkSeconds * 1000, bulkSeconds * 1000, bulkSeconds * 1000);
        var load = new LoadResult(1, bulkSeconds, stored, keys.Count, Math.Round(bulkRate, 1), latency, errors, stored, 0);
        return new PhaseResult(Name, "api", $"{keys.Count}-line batch; COPY {copyRate:0}/s, bulk {share * 100:0} % of it", null, load, null,
            stored == keys.Count ? null : "lines of the batch were refused");
    }

    /// <summary>The NDJSON batch: each line names its agency and year and carries the document on one line (values as written).</summary>
    private static byte[] Batch(IReadOnlyList<ReportKey> keys)
    {
        var compact = new Dictionary<ReportBody, byte[]>(ReferenceEqualityComparer.Instance);
        using var buffer = new MemoryStream();
        foreach (var key in keys)
        {
            if (!compact.TryGetValue(key.Body, out var document))
            {
                using var parsed = JsonDocument.Parse(key.Body.Json);
                using var oneLine = new MemoryStream();
                using (var writer = new Utf8JsonWriter(oneLine, Compact)) parsed.RootElement.WriteTo(writer);
                compact[key.Body] = document = oneLine.ToArray();
            }
            buffer.Write(Encoding.UTF8.GetBytes($"{{\"agencyId\":\"{key.AgencyId}\",\"fiscalYear\":{key.FiscalYear},\"report\":"));
            buffer.Write(document);
            buffer.Write("}\n"u8);
        }
        return buffer.ToArray();
    }

    private async Task<ServiceProcess> StartServiceAsync(string database, CancellationToken cancellationToken)
    {
        var log = Path.Combine(options.WorkDirectory, $"{Name}-api.log");
        var service = await ServiceProcess.StartAsync(options.ServiceDll!, "api", database, AdminSetup.AdminKey, log, options.ServiceSettings, cancellationToken);
        Log($"service (api) ready at {service.BaseAddress}");
        return service;
    }

    private static void Log(string message) => Console.WriteLine($"  {message}");

    /// <summary>The rows the batch stores, computed up front (documents compacted as in the batch, audit and metrics as the product stores them).</summary>
    private sealed class CopyRows
    {
        private sealed record Audited(string Document, string Hash, string Metrics, string RulesetVersion, IReadOnlyList<Finding> Findings, int Errors, int Warnings, int Infos);

        private readonly List<(ReportKey Key, int Version, Audited Row)> _versions = [];
        private readonly Dictionary<(string, int), int> _heads = [];

        public static CopyRows Of(IReadOnlyList<ReportKey> keys)
        {
            var rows = new CopyRows();
            var audited = new Dictionary<ReportBody, Audited>(ReferenceEqualityComparer.Instance);
            foreach (var key in keys)
            {
                if (!audited.TryGetValue(key.Body, out var row)) audited[key.Body] = row = Audit(key.Body);
                var version = rows._heads[(key.AgencyId, key.FiscalYear)] = rows._heads.GetValueOrDefault((key.AgencyId, key.FiscalYear)) + 1;
                rows._versions.Add((key, version, row));
            }
            return rows;
        }

        private static Audited Audit(ReportBody body)
        {
            using var json = JsonDocument.Parse(body.Json);
            using var oneLine = new MemoryStream();
            using (var writer = new Utf8JsonWriter(oneLine, Compact)) json.RootElement.WriteTo(writer);
            var document = Encoding.UTF8.GetString(oneLine.ToArray());
            var parsed = ReportParser.Parse(json.RootElement);
            var audit = AuditEngine.Run(parsed.Document!);
            var findings = audit.Findings;
            return new Audited(document, Hashes.Sha256(document), JsonSerializer.Serialize(MetricsSnapshot.Of(parsed.Document!), ApiJson.Options), audit.RulesetVersion,
                findings, findings.Count(f => f.Severity == "error"), findings.Count(f => f.Severity == "warning"), findings.Count(f => f.Severity == "info"));
        }

        /// <summary>Seconds from the transaction's start to its commit.</summary>
        public async Task<double> CopyAsync(string connectionString, CancellationToken cancellationToken)
        {
            var now = DateTimeOffset.UtcNow;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            var clock = Stopwatch.StartNew();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

            await using (var heads = await connection.BeginBinaryImportAsync(
                             "COPY reports (agency_id, fiscal_year, current_version, status, created_at, updated_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var ((agency, year), version) in _heads)
                    await RowAsync(heads, cancellationToken, (agency, NpgsqlDbType.Text), (year, NpgsqlDbType.Integer), (version, NpgsqlDbType.Integer),
                        ("draft", NpgsqlDbType.Text), (now, NpgsqlDbType.TimestampTz), (now, NpgsqlDbType.TimestampTz));
                await heads.CompleteAsync(cancellationToken);
            }

            await using (var versions = await connection.BeginBinaryImportAsync(
                             "COPY report_versions (agency_id, fiscal_year, version, status, document, document_hash, metrics, ruleset_version, error_count, warning_count, info_count, created_at, created_by) "
                             + "FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var (key, version, row) in _versions)
                    await RowAsync(versions, cancellationToken, (key.AgencyId, NpgsqlDbType.Text), (key.FiscalYear, NpgsqlDbType.Integer), (version, NpgsqlDbType.Integer),
                        ("draft", NpgsqlDbType.Text), (row.Document, NpgsqlDbType.Text), (row.Hash, NpgsqlDbType.Text), (row.Metrics, NpgsqlDbType.Jsonb),
                        (row.RulesetVersion, NpgsqlDbType.Text), (row.Errors, NpgsqlDbType.Integer), (row.Warnings, NpgsqlDbType.Integer), (row.Infos, NpgsqlDbType.Integer),
                        (now, NpgsqlDbType.TimestampTz), (CreatedBy, NpgsqlDbType.Text));
                await versions.CompleteAsync(cancellationToken);
            }

            await using (var findings = await connection.BeginBinaryImportAsync(
                             "COPY report_findings (agency_id, fiscal_year, version, seq, rule_id, severity, ruleset_version, body) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var (key, version, row) in _versions)
                    for (var i = 0; i < row.Findings.Count; i++)
                        await RowAsync(findings, cancellationToken, (key.AgencyId, NpgsqlDbType.Text), (key.FiscalYear, NpgsqlDbType.Integer), (version, NpgsqlDbType.Integer),
                            (i + 1, NpgsqlDbType.Integer), (row.Findings[i].RuleId, NpgsqlDbType.Text), (row.Findings[i].Severity, NpgsqlDbType.Text),
                            (row.RulesetVersion, NpgsqlDbType.Text), (JsonSerializer.Serialize(row.Findings[i], ApiJson.Options), NpgsqlDbType.Jsonb));
                await findings.CompleteAsync(cancellationToken);
            }

            await using (var history = await connection.BeginBinaryImportAsync(
                             "COPY report_transitions (agency_id, fiscal_year, seq, version, action, to_state, warnings_acknowledged, actor_name, at) FROM STDIN (FORMAT BINARY)",
                             cancellationToken))
            {
                foreach (var (key, version, _) in _versions)
                    await RowAsync(history, cancellationToken, (key.AgencyId, NpgsqlDbType.Text), (key.FiscalYear, NpgsqlDbType.Integer), (version, NpgsqlDbType.Integer),
                        (version, NpgsqlDbType.Integer), (version == 1 ? "create" : "revise", NpgsqlDbType.Text), ("draft", NpgsqlDbType.Text), (false, NpgsqlDbType.Boolean),
                        (CreatedBy, NpgsqlDbType.Text), (now, NpgsqlDbType.TimestampTz));
                await history.CompleteAsync(cancellationToken);
            }

            await using (var ledger = await connection.BeginBinaryImportAsync(
                             "COPY derivations (agency_id, fiscal_year, version, kind, state, attempts, due_at, created_at, updated_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var (key, version, _) in _versions)
                    foreach (var kind in FollowUps.AfterSave)
                        await LedgerRowAsync(ledger, key.AgencyId, key.FiscalYear, version, kind, now, cancellationToken);
                foreach (var (agency, year) in _heads.Keys)
                    await LedgerRowAsync(ledger, agency, year, 0, DerivationKinds.Dashboard, now, cancellationToken);
                await ledger.CompleteAsync(cancellationToken);
            }

            await using (var changes = await connection.BeginBinaryImportAsync(
                             "COPY changes (agency_id, fiscal_year, version, kind, detail, at) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var (key, version, row) in _versions)
                {
                    await RowAsync(changes, cancellationToken, (key.AgencyId, NpgsqlDbType.Text), (key.FiscalYear, NpgsqlDbType.Integer), (version, NpgsqlDbType.Integer),
                        ("version", NpgsqlDbType.Text), ($"{{\"status\":\"draft\",\"documentHash\":\"{row.Hash}\"}}", NpgsqlDbType.Text), (now, NpgsqlDbType.TimestampTz));
                    await RowAsync(changes, cancellationToken, (key.AgencyId, NpgsqlDbType.Text), (key.FiscalYear, NpgsqlDbType.Integer), (version, NpgsqlDbType.Integer),
                        ("findings", NpgsqlDbType.Text), ($"{{\"errors\":{row.Errors},\"warnings\":{row.Warnings},\"infos\":{row.Infos}}}", NpgsqlDbType.Text),
                        (now, NpgsqlDbType.TimestampTz));
                }
                await changes.CompleteAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return clock.Elapsed.TotalSeconds;
        }

        private static Task LedgerRowAsync(NpgsqlBinaryImporter importer, string agency, int year, int version, string kind, DateTimeOffset at, CancellationToken cancellationToken) =>
            RowAsync(importer, cancellationToken, (agency, NpgsqlDbType.Text), (year, NpgsqlDbType.Integer), (version, NpgsqlDbType.Integer), (kind, NpgsqlDbType.Text),
                ("pending", NpgsqlDbType.Text), (0, NpgsqlDbType.Integer), (at, NpgsqlDbType.TimestampTz), (at, NpgsqlDbType.TimestampTz), (at, NpgsqlDbType.TimestampTz));

        private static async Task RowAsync(NpgsqlBinaryImporter importer, CancellationToken cancellationToken, params (object Value, NpgsqlDbType Type)[] values)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var (value, type) in values)
            {
                // Typed writes: the importer picks its converter by the static type.
                var write = value switch
                {
                    string text => importer.WriteAsync(text, type, cancellationToken),
                    int number => importer.WriteAsync(number, type, cancellationToken),
                    bool flag => importer.WriteAsync(flag, type, cancellationToken),
                    DateTimeOffset at => importer.WriteAsync(at, type, cancellationToken),
                    _ => throw new InvalidOperationException($"No COPY writer for {value.GetType().Name}."),
                };
                await write;
            }
        }
    }
}
