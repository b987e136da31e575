using PerfEval.Domain.Validation;

namespace PerfEval.Application.Common;

/// <summary>A request that can check its own fields before its handler runs (see ValidationBehavior).</summary>
public interface IValidatable
{
    IEnumerable<FieldError> Validate();
}

/// <summary>A request whose handler must run inside one database transaction (see TransactionBehavior).</summary>
public interface ITransactional;

/// <summary>A request that needs a caller (see TenancyBehavior); the scope is read from ICallerAccessor.</summary>
public interface IRequiresRole
{
    IReadOnlyList<Abstractions.CallerRole> AllowedRoles { get; }
}
