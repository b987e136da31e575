namespace PerfEval.Application.Abstractions;

// Records read from the database keep a private parameterless constructor: Dapper materialises through it and the
// init setters, converting column types (SQLite returns 64-bit integers, which positional construction refuses).

public sealed record AgencyRecord(
    string Id,
    string Code,
    string Name,
    string RegionCode,
    string RegionPath,
    string? Sector,
    string? CreditCode,
    DateTimeOffset CreatedAt)
{
    private AgencyRecord() : this("", "", "", "", "", null, null, default) { }
}
