using Mediator;
using Microsoft.Net.Http.Headers;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;
using PerfEval.Application.Dashboards;
using PerfEval.Domain.Validation;

namespace PerfEval.Api.Http;

/// <summary>
/// Conditional GET for dashboards: the ETag is a hash of the caller's scope, the request and the stamp of the facts
/// it reads (latest computation time and count), so a 304 is answered without computing the dashboard. Responses are
/// private (they depend on the key) and must be revalidated; <c>?format=csv</c> gives the same table as CSV.
/// </summary>
public static class DashboardResponses
{
    public const string DataAsOfHeader = "X-Data-As-Of";

    public static async Task<IResult> SendAsync<T>(HttpContext http, ISender sender, GetDashboardStamp stampQuery, Func<Task<T>> compute, Func<T, CsvTable> toCsv,
        string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv"))
            throw new RequestValidationException([new FieldError("/format", "format must be json or csv.")]);
        var stamp = await sender.Send(stampQuery, cancellationToken);
        var scope = http.RequestServices.GetRequiredService<ICallerAccessor>().Require();
        var etag = $"\"{Hashes.Sha256($"{scope}|{http.Request.Path}{http.Request.QueryString}|{stamp.DataAsOf?.UtcTicks}|{stamp.Facts}|{stamp.ChecksAsOf?.UtcTicks}|{stamp.Checks}")[..32]}\"";

        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "private, no-cache";
        headers.Vary = "X-Api-Key, Authorization";
        if (stamp.DataAsOf is { } asOf) headers[DataAsOfHeader] = asOf.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        var value = await compute();
        return format == "csv" ? TypedResults.File(toCsv(value).ToBytes(), CsvTable.ContentType) : TypedResults.Ok(value);
    }
}
