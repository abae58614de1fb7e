using System.Text.Json.Nodes;
using Elasticsearch.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Dalad.Search.Elasticsearch;

/// <summary>Readiness with the scaled profile's search cluster: red or unreachable is not ready (search and the
/// index feed would fail), yellow is degraded (a replica missing; everything still answers).</summary>
public sealed class ElasticsearchHealthCheck(ElasticsearchFullTextSearch search, ElasticsearchOptions options, ILogger<ElasticsearchHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Readiness answers anonymously: it names how many nodes, not where they are (the log has the addresses).
        var nodes = options.Urls.Count == 1 ? "1 node" : $"{options.Urls.Count} nodes";
        var response = await search.Client.Cluster.HealthAsync<StringResponse>(ctx: cancellationToken);
        if (!response.Success)
        {
            logger.LogWarning("Elasticsearch ({Nodes}) is not ready: {Status} {Error}", string.Join(", ", options.Urls), response.HttpStatusCode, response.OriginalException?.Message);
            return HealthCheckResult.Unhealthy(response.HttpStatusCode is null
                ? $"Elasticsearch cannot be reached ({nodes} in Search:Elasticsearch:Urls)"
                : $"Elasticsearch ({nodes}) answered {response.HttpStatusCode} to a health check");
        }
        var status = JsonNode.Parse(response.Body)?["status"]?.GetValue<string>();
        return status switch
        {
            "green" => HealthCheckResult.Healthy($"Elasticsearch ({nodes}) green"),
            "yellow" => HealthCheckResult.Degraded($"Elasticsearch ({nodes}) yellow: a replica is not allocated"),
            _ => HealthCheckResult.Unhealthy($"Elasticsearch ({nodes}) is {status ?? "in an unknown state"}"),
        };
    }
}
