using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dalad.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit.Abstractions;

namespace Dalad.Cases.Tests;

/// <summary>
/// Issue 15: hundreds of bad payloads, generated from the OpenAPI schemas of every write operation (wrong types,
/// overlong strings, extreme dates, negative and huge numbers, nulls, unicode oddities, injection strings), sent as the
/// administrator (who passes every permission check, so the payload reaches binding and validation) against real
/// objects: 0 server errors, and a refused request writes nothing (the audit log, written in the same transaction as
/// every change, does not grow).
/// </summary>
public sealed class BadInputSuiteTests(CasesHost host, ITestOutputHelper output) : IClassFixture<CasesHost>
{
    private static readonly JsonNode?[] AnyValue =
    [
        null,
        JsonValue.Create(new string('欠', 100_001)),
        JsonValue.Create(-1),
        JsonValue.Create(long.MinValue),
        JsonValue.Create(1e308),
        JsonValue.Create("0001-01-01T00:00:00+08:00"),
        JsonValue.Create("9999-12-31T23:59:59-08:00"),
        JsonValue.Create("0001-01-01"),
        JsonValue.Create("\u202Eabc\u0000\uFEFF"),
        JsonValue.Create(string.Concat(Enumerable.Repeat("😀", 300))),
        JsonValue.Create("'; DROP TABLE \"Leads\"; --"),
        JsonValue.Create("<script>alert(1)</script>"),
        JsonValue.Create("=cmd|' /C calc'!A0"),
        JsonValue.Create("../../../../etc/passwd"),
        JsonValue.Create("${jndi:ldap://127.0.0.1/a}"),
        new JsonArray(JsonValue.Create(1)),
        new JsonObject { ["a"] = 1 },
        JsonValue.Create(true),
    ];

    /// <summary>Whole bodies that are not the object the operation expects.</summary>
    private static readonly string[] BadBodies = ["[]", "\"x\"", "{\"a\":", "null", "{\"\\u0000\":1}", "1e999999"];

    [Fact]
    public async Task Gives_no_server_error_and_no_partial_write()
    {
        var admin = await host.CreateClientAsAsync("admin");
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]?["schemas"];

        // Real objects for the path parameters: a lead and the case it opened.
        var lead = await Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(await admin.PostAsJsonAsync("/api/app/leads", CasesHost.Reclamation()));
        var opened = (await Dalad.Testing.DaladHostFactory.ReadAsync<JsonElement>(await admin.PostAsJsonAsync($"/api/app/leads/{lead.Id()}/confirm", new { }))).Case();

        var failures = new List<string>();
        // The administrator's audit entries so far: a refused payload must leave the count as it found it.
        var audit = await AuditCountAsync();
        var payloads = 0;
        var operations = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            if (method is not ("post" or "put" or "patch") || operation?["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema) continue;
            operations++;
            var properties = Resolve(schema, schemas)?["properties"]?.AsObject().Select(p => (p.Key, Resolve(p.Value, schemas))).ToList() ?? [];
            var bodies = BadBodies.ToList();
            foreach (var (name, propertySchema) in properties)
            {
                bodies.Add(new JsonObject { [name] = WrongType(propertySchema) }.ToJsonString());
                bodies.AddRange(AnyValue.Select(v => new JsonObject { [name] = v?.DeepClone() }.ToJsonString()));
            }
            var url = Fill(path, lead.Id(), opened.Id());
            foreach (var body in bodies)
            {
                payloads++;
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await admin.SendAsync(request);
                var status = (int)response.StatusCode;
                var shown = body.Length > 80 ? body[..80] + "…" : body;
                if (status >= 500) failures.Add($"{method.ToUpperInvariant()} {url} {shown} → {status}");
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Add($"{method.ToUpperInvariant()} {url} {shown} → {status} without problem details");
                // One count per payload: after a refusal it must not have moved; after a success it is the new baseline.
                var auditAfter = await AuditCountAsync();
                if (status is >= 400 and < 500 && auditAfter != audit)
                    failures.Add($"{method.ToUpperInvariant()} {url} {shown} → {status} but wrote to the audit log (a partial write)");
                audit = auditAfter;
            }
        }
        output.WriteLine($"{operations} write operations, {payloads} payloads, {failures.Count} failures");

        operations.ShouldBeGreaterThan(20, "the OpenAPI document must really list the write operations");
        payloads.ShouldBeGreaterThanOrEqualTo(300);
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    /// <summary>A value of another JSON type than the schema says.</summary>
    private static JsonNode? WrongType(JsonNode? schema)
    {
        var type = schema?["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            JsonValue value => value.GetValue<string>(),
            _ => null,
        };
        return type switch
        {
            "string" => JsonValue.Create(12345),
            "integer" or "number" => JsonValue.Create("abc"),
            "boolean" => JsonValue.Create("yes"),
            "array" => new JsonObject(),
            _ => new JsonArray(),
        };
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonNode? schemas)
    {
        for (var i = 0; i < 5 && schema?["$ref"] is { } reference; i++)
            schema = schemas?[reference.GetValue<string>().Split('/')[^1]];
        return schema;
    }

    private static string Fill(string path, Guid leadId, Guid caseId) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{([^}]+)\}", m => m.Groups[1].Value switch
        {
            "id" when path.StartsWith("/api/app/leads", StringComparison.Ordinal) => leadId.ToString(),
            "id" when path.StartsWith("/api/app/cases", StringComparison.Ordinal) => caseId.ToString(),
            "caseId" => caseId.ToString(),
            "leadId" => leadId.ToString(),
            "id" or "userId" or "roleId" => Guid.NewGuid().ToString(),
            "date" => "2026-05-01",
            "code" => "transport",
            _ => "none",
        });

    /// <summary>Audit entries written by the administrator (jobs write as nobody, so they do not disturb the count).</summary>
    private async Task<int> AuditCountAsync()
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditLog.CountAsync(e => e.UserName == "admin");
    }
}
