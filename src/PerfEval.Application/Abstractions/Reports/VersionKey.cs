namespace PerfEval.Application.Abstractions;

// Records read from the database keep a private parameterless constructor: Dapper materialises through it and the
// init setters, converting column types (SQLite returns 64-bit integers, which positional construction refuses).

public sealed record VersionKey(string AgencyId, int FiscalYear, int Version)
{
    private VersionKey() : this("", 0, 0) { }
}
