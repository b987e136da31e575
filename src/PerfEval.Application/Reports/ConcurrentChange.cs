using PerfEval.Application.Common;

namespace PerfEval.Application.Reports;

/// <summary>
/// Another request changed the report between this one's read and its write. With If-Match the client's precondition
/// no longer holds (412, as if it had arrived a moment later); without it (or with *) the writes simply collided (409).
/// </summary>
public static class ConcurrentChange
{
    public static AppException For(int? ifMatch) => ifMatch is null or ETags.AnyVersion
        ? new ConflictException("The report was changed concurrently; read it again and retry.")
        : new PreconditionFailedException("If-Match named the current version, but another request changed the report before this one was saved.");
}
