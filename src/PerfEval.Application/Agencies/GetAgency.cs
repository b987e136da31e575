using Mediator;
using PerfEval.Application.Abstractions;
using PerfEval.Application.Common;

namespace PerfEval.Application.Agencies;

public sealed record GetAgency(string AgencyId) : IQuery<AgencyRecord>, IRequiresRole
{
    public IReadOnlyList<CallerRole> AllowedRoles => Roles.Readers;
}

public sealed class GetAgencyHandler(IAgencyRepository agencies, ICallerAccessor caller) : IQueryHandler<GetAgency, AgencyRecord>
{
    public async ValueTask<AgencyRecord> Handle(GetAgency query, CancellationToken cancellationToken) =>
        await agencies.FindAsync(caller.Require(), query.AgencyId, cancellationToken)
        ?? throw new NotFoundException($"Agency {query.AgencyId} was not found.");
}
