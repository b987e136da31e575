using System.Reflection;
using System.Text.Json;
using Mediator;
using PerfEval.Application.Common;
using PerfEval.Domain.Validation;

namespace PerfEval.Application.Behaviors;

/// <summary>
/// Refuses a request before its handler runs: every <see cref="FreeTextAttribute"/> field against the text policy,
/// then the request's own <see cref="IValidatable.Validate"/> (an error at a pointer already reported is not repeated).
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = FreeTextFields<TMessage>.Check(message);
        if (message is IValidatable validatable)
        {
            var reported = errors.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(validatable.Validate().Where(e => !reported.Contains(e.Pointer)));
        }
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return next(message, cancellationToken);
    }
}

/// <summary>The free-text properties of one request type, found once.</summary>
internal static class FreeTextFields<TMessage>
{
    private static readonly (PropertyInfo Property, string Pointer, TextKind Kind)[] Fields =
        typeof(TMessage).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<FreeTextAttribute>()))
            .Where(f => f.Attribute is not null)
            .Select(f => (f.Property, f.Attribute!.Pointer ?? "/" + JsonNamingPolicy.CamelCase.ConvertName(f.Property.Name), f.Attribute.Kind))
            .ToArray();

    public static List<FieldError> Check(TMessage message)
    {
        var errors = new List<FieldError>();
        foreach (var (property, pointer, kind) in Fields)
            if (property.GetValue(message) is string text && TextPolicy.Problem(text, kind) is { } problem)
                errors.Add(new(pointer, $"{property.Name} {problem}"));
        return errors;
    }
}
