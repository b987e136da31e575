using Dapper;
using Microsoft.Extensions.Logging;
using PerfEval.Domain.Validation;

namespace PerfEval.Infrastructure.Database;

/// <summary>
/// Gives every agency stored before migration 0011 the comparison key of its code (<see cref="CodeKey"/>), which SQL
/// cannot compute. Runs at start-up after the migrations; idempotent, and safe in several processes at once. Two old
/// agencies whose codes turn out to be one code cannot both hold the key: the second keeps none (and a warning
/// names it) until an operator corrects one of the two codes in the database, while every new registration is compared
/// with the first.
/// </summary>
public sealed class AgencyCodeKeys(ISqlDialect dialect, ILogger<AgencyCodeKeys> logger)
{
    internal const string MissingSql = "SELECT id AS Id, code AS Code FROM agencies WHERE code_key IS NULL ORDER BY created_at, id";
    internal const string SetSql = "UPDATE agencies SET code_key = @CodeKey WHERE id = @Id AND code_key IS NULL";

    private sealed record Missing(string Id, string Code)
    {
        private Missing() : this("", "") { }
    }

    /// <summary>Keys the agencies that have none; returns how many got one.</summary>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken)
    {
        await using var connection = dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var missing = (await connection.QueryAsync<Missing>(new CommandDefinition(MissingSql, cancellationToken: cancellationToken))).ToList();
        var keyed = 0;
        foreach (var agency in missing)
        {
            try
            {
                keyed += await connection.ExecuteAsync(new CommandDefinition(SetSql, new { agency.Id, CodeKey = CodeKey.Of(agency.Code) }, cancellationToken: cancellationToken));
            }
            catch (Exception ex) when (dialect.IsUniqueViolation(ex))
            {
                logger.LogWarning("Agency {AgencyId}: its code {Code} is the same code as another agency's (case, width and surrounding white space aside); "
                    + "correct one of the two codes in the database so that codes stay unique", agency.Id, agency.Code);
            }
        }
        if (keyed > 0) logger.LogInformation("Agency codes: comparison keys set for {Count} agencies stored before they had one", keyed);
        return keyed;
    }
}
