namespace PerfEval.Application.Abstractions;

/// <summary>
/// Declares, for the current scope, that the reads which follow tolerate a replica's lag. The data-access layer alone
/// decides what that means (a replica connection when one is configured and no transaction is open; the primary
/// otherwise); writes always go to the primary.
/// </summary>
public interface IReadRouting
{
    /// <summary>Reads may use the replica until the returned handle is disposed.</summary>
    IDisposable MayReadFromReplica();
}
