using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Frivillighed.ServiceDefaults;

// What every OpenAPI document of the platform carries, so clients can be generated from it: an operationId
// (the handler's name) on every operation, the bearer scheme on those that need a token, and a description
// for every tag (registered by the service with AddOpenApiTag). Version 3.0, which every generator reads.
public static class PlatformOpenApi
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        // The services also read numbers written as strings (web defaults), which the document says as
        // "integer or string with a pattern"; clients send numbers, so the document says just the number.
        options.AddSchemaTransformer((schema, _, _) =>
        {
            if (schema is OpenApiSchema { Type: { } type } numeric && type.HasFlag(JsonSchemaType.String)
                && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
            {
                numeric.Type = type & ~JsonSchemaType.String;
                numeric.Pattern = null;
            }

            // Enums travel as their names (JsonStringEnumConverter): say so, so generated clients read them as strings.
            if (schema is OpenApiSchema { Type: null, Enum: { Count: > 0 } values } named
                && values.All(v => v?.GetValueKind() == System.Text.Json.JsonValueKind.String))
            {
                named.Type = JsonSchemaType.String;
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.OperationId ??= metadata.OfType<MethodInfo>().FirstOrDefault()?.Name;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
            }

            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, context, _) =>
        {
            // A nullable enum property comes as oneOf [null, the enum], which generators turn into an empty class;
            // said as "the enum, or null" it is the enum type, nullable.
            foreach (var property in (document.Components?.Schemas?.Values ?? []).OfType<OpenApiSchema>()
                .SelectMany(s => s.Properties?.Values ?? []).OfType<OpenApiSchema>())
            {
                if (property.OneOf is { Count: 2 } choices
                    && choices.FirstOrDefault(c => c.Type == JsonSchemaType.Null) is { } nullChoice)
                {
                    property.OneOf = null;
                    property.AllOf = [choices.Single(c => c != nullChoice)];
                    property.Type = JsonSchemaType.Null;
                }
            }

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the platform's Identity service (/connect/token), sent as Authorization: Bearer.",
            };
            var descriptions = context.ApplicationServices.GetServices<OpenApiTagDescription>().ToDictionary(t => t.Name, t => t.Description);
            var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
                .SelectMany(o => o.Tags?.AsEnumerable() ?? []).Select(t => t.Name).OfType<string>().Distinct();
            document.Tags ??= new HashSet<OpenApiTag>();
            foreach (var name in used)
            {
                if (document.Tags.FirstOrDefault(t => t.Name == name) is { } tag)
                {
                    tag.Description ??= descriptions.GetValueOrDefault(name);
                }
                else
                {
                    document.Tags.Add(new OpenApiTag { Name = name, Description = descriptions.GetValueOrDefault(name) });
                }
            }

            return Task.CompletedTask;
        });
    });

    public static IServiceCollection AddOpenApiTag(this IServiceCollection services, string name, string description) =>
        services.AddSingleton(new OpenApiTagDescription(name, description));
}
