using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Dalad.Platform.Events;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Responsibility.Tests;

/// <summary>
/// The real host plus what later modules will bring: an open-case counter (the cases module), a subscriber to the
/// matrix events (search) and one plugin workspace (a department plugin serving housing).
/// </summary>
public sealed class MatrixHostFactory : DaladHostFactory
{
    public FakeOpenCaseCounter OpenCases { get; } = new();
    public MatrixEventRecorder Events { get; } = new();

    protected override void Configure(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        services.AddSingleton<IOpenCaseCounter>(OpenCases);
        services.AddSingleton(Events);
        services.AddScoped<IIntegrationEventHandler<ResponsibilityMatrixChanged>, RecordingHandler>();
        services.AddSingleton<IWorkspaceContributor, HousingTestWorkspace>();
    });

    private sealed class RecordingHandler(MatrixEventRecorder recorder) : IIntegrationEventHandler<ResponsibilityMatrixChanged>
    {
        public Task HandleAsync(ResponsibilityMatrixChanged integrationEvent, CancellationToken cancellationToken)
        {
            recorder.Versions.Add(integrationEvent.Version);
            return Task.CompletedTask;
        }
    }

    private sealed class HousingTestWorkspace : IWorkspaceContributor
    {
        public string? KeyFor(BodyDto body) => body.Code == "housing" ? "housing" : null;
    }
}

public sealed class FakeOpenCaseCounter : IOpenCaseCounter
{
    public ConcurrentDictionary<string, int> Counts { get; } = new();

    public Task<int> CountOpenCasesAsync(string bodyCode, CancellationToken cancellationToken) => Task.FromResult(Counts.GetValueOrDefault(bodyCode));
}

public sealed class MatrixEventRecorder
{
    public ConcurrentBag<long> Versions { get; } = [];
}

internal static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await DaladHostFactory.ReadAsync<JsonElement>(await client.GetAsync(url));

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string url, object body) =>
        await DaladHostFactory.ReadAsync<JsonElement>(await client.PostAsJsonAsync(url, body, Json));

    public static async Task<JsonElement> PutOkAsync(this HttpClient client, string url, object body) =>
        await DaladHostFactory.ReadAsync<JsonElement>(await client.PutAsJsonAsync(url, body, Json));

    /// <summary>Reads an RFC 7807 answer: the status must be <paramref name="status"/>; returns the problem's detail.</summary>
    public static async Task<string> ProblemAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, text);
        var problem = JsonDocument.Parse(text).RootElement;
        return problem.GetProperty("detail").GetString()!;
    }

    public static IEnumerable<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
