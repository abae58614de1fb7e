using System.Net;
using System.Text.Json;
using Dalad.Testing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Shouldly;

namespace Dalad.Platform.Tests;

/// <summary>What an operator and an integrator see without signing in: health probes and the API documentation.</summary>
public sealed class HealthAndApiDocsTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Fact]
    public async Task Liveness_answers_anonymously()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_answers_anonymously_when_the_database_answers()
    {
        using var client = host.CreateClient();

        // Ready at once (200); "Degraded" only while the full-text indexes catch up in the background, which on an
        // empty database ends within moments.
        var response = await client.GetAsync("/health/ready");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        for (var i = 0; i < 100 && await response.Content.ReadAsStringAsync() != "Healthy"; i++)
        {
            await Task.Delay(100);
            response = await client.GetAsync("/health/ready");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_checks_the_configured_database_and_redis()
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(c => c.Tags.Contains(Hosting.HealthCheckRegistration.ReadyTag));

        report.Entries.Keys.ShouldBe(["database", "redis", "search-index"], ignoreOrder: true);
        // The full-text indexes catch up in the background after start: degraded (still ready) until done, never unready.
        report.Entries["search-index"].Status.ShouldNotBe(HealthStatus.Unhealthy);
        var database = report.Entries["database"];
        database.Status.ShouldBe(HealthStatus.Healthy, database.Description);
        database.Description.ShouldBe(TestEnvironment.UsePostgreSql ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite");

        var redis = report.Entries["redis"];
        redis.Status.ShouldBe(HealthStatus.Healthy, redis.Description);
        if (TestEnvironment.Redis is null)
            redis.Description.ShouldBe("Redis is not configured (in-memory cache).");
        else
            redis.Description.ShouldStartWith("Redis ping");
    }

    [Fact]
    public void The_distributed_cache_is_redis_when_configured_and_in_memory_otherwise()
    {
        var cache = host.Services.GetRequiredService<IDistributedCache>();

        if (TestEnvironment.Redis is null)
            cache.ShouldBeOfType<MemoryDistributedCache>();
        else
            cache.ShouldBeOfType<Dalad.Platform.Caching.ResilientDistributedCache>().Redis.ShouldBeAssignableTo<RedisCache>(); // falls back to the database while Redis is away
    }

    [Fact]
    public async Task The_openapi_document_is_served_anonymously_and_lists_the_bodies_endpoint()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        document.RootElement.GetProperty("openapi").GetString().ShouldStartWith("3.");
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/app/bodies");
        paths.ShouldNotContain("/connect/token", "endpoints excluded from the description must stay out of it");
    }

    [Fact]
    public async Task The_api_docs_page_is_served_anonymously_and_reads_the_openapi_document()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api-docs/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        // The page resolves the document against the site root: openapi/v1.json -> /openapi/v1.json.
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"url\":\"openapi/v1.json\"");
        (await client.GetAsync("/api-docs/scalar.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>The scaled profile with its search cluster away: the host starts, says why it is not ready, and answers a
/// search with 503 in problem details rather than an error page or a crash.</summary>
public sealed class UnreachableSearchClusterTests(UnreachableSearchClusterTests.Host host) : IClassFixture<UnreachableSearchClusterTests.Host>
{
    public sealed class Host : DaladHostFactory
    {
        protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Search:Provider", "Elasticsearch");
            // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
            builder.UseSetting("Search:Elasticsearch:Urls", "http://127.0.0.1:9");
            builder.UseSetting("Search:Elasticsearch:RequestTimeoutSeconds", "2");
        }
    }

    [Fact]
    public async Task The_host_starts_and_readiness_names_the_search_cluster()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldStartWith("Unhealthy");
        body.ShouldContain("search: Unhealthy: Elasticsearch cannot be reached (1 node in Search:Elasticsearch:Urls)");
        body.ShouldNotContain("127.0.0.1");
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_search_answers_503_in_problem_details_while_the_rest_works()
    {
        using var client = await host.CreateClientAsAsync("admin");

        var search = await client.GetAsync("/api/app/search?q=" + Uri.EscapeDataString("工资"));

        search.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        search.Headers.RetryAfter.ShouldNotBeNull();
        using var problem = JsonDocument.Parse(await search.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(503);
        (await client.GetAsync("/api/abp/application-configuration")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
