using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dalad.Host;

/// <summary>
/// Makes /openapi/v1.json the exact contract the web UI's generated clients are made from (scripts/generate-api-clients.sh):
/// the same document on every machine and port, a property the server always sends is required, and numbers are numbers.
/// </summary>
internal static class OpenApiConventions
{
    public static void Apply(OpenApiOptions options)
    {
        // The server list would be the address of whoever fetched the document; the UI calls its own origin.
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = [];
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            // The host's own string converter (NoNulStringConverter) hides from the generator that a string is a string.
            if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null && schema.Format is null)
                schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } or { IsSetNullable: true }
                    ? JsonSchemaType.String | JsonSchemaType.Null
                    : JsonSchemaType.String;
            if (context.JsonTypeInfo.ElementType == typeof(string) && schema.Type is { } collection)
            {
                if ((collection & JsonSchemaType.Array) != 0) schema.Items ??= new OpenApiSchema { Type = JsonSchemaType.String };
                if ((collection & JsonSchemaType.Object) != 0) schema.AdditionalProperties ??= new OpenApiSchema { Type = JsonSchemaType.String };
            }

            // Web JSON accepts numbers in strings on the way in; the UI sends and receives numbers.
            if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (type & JsonSchemaType.String) != 0)
            {
                schema.Type = type & ~JsonSchemaType.String;
                schema.Pattern = null;
            }

            // A property not annotated nullable is always present in an answer: required, so the client type says so.
            if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 })
            {
                foreach (var property in context.JsonTypeInfo.Properties)
                {
                    var nullable = property.IsGetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
                    if (nullable || !schema.Properties.ContainsKey(property.Name)) continue;
                    schema.Required ??= new HashSet<string>();
                    schema.Required.Add(property.Name);
                }
            }

            return Task.CompletedTask;
        });
    }
}
