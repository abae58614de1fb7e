using Dalad.Platform.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Dalad.Platform.Hosting;

/// <summary>Readiness: the database answers; Redis, when it is configured, is reported (degraded without it).</summary>
public sealed class DatabaseHealthCheck(PlatformDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy(db.Database.ProviderName)
            : HealthCheckResult.Unhealthy("The database does not answer.");
}

public sealed class RedisHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var redis = services.GetService<IConnectionMultiplexer>();
        if (redis is null) return HealthCheckResult.Healthy("Redis is not configured (in-memory cache).");
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis ping {latency.TotalMilliseconds:0.0} ms");
        }
        catch (RedisException e)
        {
            // Degraded, not unready: the cache falls back to the database and the fan-out catches up when Redis is back,
            // so a load balancer keeps sending traffic (an unready answer from every instance would be an outage).
            return HealthCheckResult.Degraded("Redis does not answer.", e);
        }
    }
}

public static class HealthCheckRegistration
{
    public const string ReadyTag = "ready";

    /// <summary>The overall status, then one line for each check that is not healthy ("search: Unhealthy: …"), so an
    /// operator reading the probe sees what is wrong; a healthy answer stays the single word.</summary>
    public static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Status}: {e.Value.Description}");
        return context.Response.WriteAsync(string.Join('\n', lines.Prepend(report.Status.ToString())));
    }

    public static IHealthChecksBuilder AddDaladHealthChecks(this IServiceCollection services) => services.AddHealthChecks()
        .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
        .AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
}
