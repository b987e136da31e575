namespace PerfEval.Application.Abstractions;

// Records read from the database keep a private parameterless constructor: Dapper materialises through it and the
// init setters, converting column types (SQLite returns 64-bit integers, which positional construction refuses).

/// <summary>A stored idempotent response: what the first request returned, to be returned again on a replay.</summary>
public sealed record StoredResponse(string RequestHash, bool Created, string Body)
{
    private StoredResponse() : this("", false, "") { }
}
