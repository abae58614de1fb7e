using System.Text.Json.Nodes;
using Shouldly;

namespace Dalad.Departments.Tests;

/// <summary>
/// The web UI's API clients are generated from angular/openapi.json (scripts/generate-api-clients.sh). The host with
/// every department plugin must serve exactly that document, so a changed endpoint or DTO fails here until the
/// snapshot and the clients are regenerated (and `npm run test:ci` checks the clients match the snapshot).
/// </summary>
public sealed class OpenApiSnapshotTests(DepartmentsHost host) : IClassFixture<DepartmentsHost>
{
    [Fact]
    public async Task The_hosts_OpenAPI_document_is_the_snapshot_the_UI_clients_are_generated_from()
    {
        using var anonymous = host.CreateClient();
        var served = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(SnapshotPath()))!;

        var differences = Differences(snapshot, served, "$").Take(10).ToList();
        differences.ShouldBeEmpty("the API changed: run scripts/generate-api-clients.sh and commit angular/openapi.json and the clients");
    }

    [Fact]
    public async Task The_snapshot_has_typed_answers_for_the_UIs_calls()
    {
        // The point of the snapshot: the UI's DTOs come from it, so the answers the UI reads must have schemas.
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(SnapshotPath()))!;
        foreach (var (path, method) in new[] { ("/api/app/cases/{id}", "get"), ("/api/app/leads", "post"), ("/api/app/cases/board", "get") })
        {
            var ok = snapshot["paths"]![path]![method]!["responses"]!.AsObject().First(r => r.Key.StartsWith('2')).Value!;
            ok["content"]?["application/json"]?["schema"].ShouldNotBeNull($"{method} {path} has no answer schema");
        }
    }

    private static IEnumerable<string> Differences(JsonNode? expected, JsonNode? actual, string at)
    {
        if (expected is JsonObject e && actual is JsonObject a)
        {
            foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
            {
                if (!a.ContainsKey(key)) yield return $"{at}.{key} is gone from the host's document";
                else if (!e.ContainsKey(key)) yield return $"{at}.{key} is new in the host's document";
                else foreach (var d in Differences(e[key], a[key], $"{at}.{key}")) yield return d;
            }
        }
        else if (!JsonNode.DeepEquals(expected, actual))
        {
            yield return $"{at}: snapshot {expected?.ToJsonString()} ≠ host {actual?.ToJsonString()}";
        }
    }

    private static string SnapshotPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dalad.sln"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Dalad.sln not found"), "angular", "openapi.json");
    }
}
