using Microsoft.OpenApi;
using PerfEval.Api.Auth;
using PerfEval.Api.Auth.Jwt;

namespace PerfEval.Api.OpenApi;

public static class OpenApiSetup
{
    public static IServiceCollection AddPerfEvalOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => !Endpoints.HeadForGets.IsHead(description) && description.GroupName is null or "v1";
            options.AddSchemaTransformer(ReportSchemaLimits.ApplyAsync);
            options.AddSchemaTransformer(NullableReferenceDescriptions.RecordAsync);
            options.AddDocumentTransformer(NullableReferenceDescriptions.ApplyAsync);
            options.AddDocumentTransformer(JsonMediaTypePolicy.ApplyAsync);
            // A stored document is returned exactly as it was sent (a JsonElement), and it is a ReportDocument (or a DeclarationDocument): say so.
            options.AddSchemaTransformer((schema, context, _) =>
            {
                // A monitoring view's document stays a plain JSON value (a MonitoringDocument, as the PUT's body documents).
                if (schema.Properties is { } properties && properties.ContainsKey("document") && context.JsonTypeInfo.Type != typeof(Application.Monitoring.MonitoringView)
                    && context.JsonTypeInfo.Type.GetProperty("Document")?.PropertyType == typeof(System.Text.Json.JsonElement))
                    properties["document"] = new OpenApiSchemaReference(context.JsonTypeInfo.Type == typeof(Application.Declarations.DeclarationView)
                        ? nameof(PerfEval.Domain.Declarations.DeclarationDocument) : nameof(PerfEval.Domain.Reports.ReportDocument), context.Document);
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "PerfEval API",
                    Version = "v1",
                    Description = "Intake, versioned storage, audit and scoring of 部门整体支出绩效自评报告. "
                        + "Authenticate with the X-Api-Key header, or with a bearer token from the platform's identity provider "
                        + "where PerfEval:Jwt is configured. Errors are RFC 9457 application/problem+json.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthenticationHandler.HeaderName,
                    Description = "API key issued by POST /api/v1/api-keys (roles: admin, region, agency).",
                };
                document.Components.SecuritySchemes[JwtBearerSetup.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A JWT signed by the identity provider configured in PerfEval:Jwt (RSA or EC, with kid); its role claim "
                        + "(admin, region, agency) and region or agency claim give the same access as an API key of that role and scope.",
                };
                // Two requirements: either scheme alone suffices.
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(JwtBearerSetup.SchemeName, document)] = [] },
                ];
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapPerfEvalOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "PerfEval v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "PerfEval API";
        });
        return app;
    }
}
