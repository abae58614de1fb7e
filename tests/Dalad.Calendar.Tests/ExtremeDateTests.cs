using System.Net;
using Dalad.Testing;
using Shouldly;

namespace Dalad.Calendar.Tests;

/// <summary>Issue 15, finding 7: years 0001 and 9999 were 500s (an offset or working days overflowed); now they are 400s.</summary>
public sealed class ExtremeDateTests(DaladHostFactory host) : IClassFixture<DaladHostFactory>
{
    [Theory]
    [InlineData("/api/app/calendar/add-working-days?from=0001-01-01&days=1")]
    [InlineData("/api/app/calendar/add-working-days?from=0001-01-01T00:00:00%2B08:00&days=1")]
    [InlineData("/api/app/calendar/add-working-days?from=9999-12-31T23:59:59&days=30")]
    [InlineData("/api/app/calendar/add-working-days?from=9999-12-31T23:59:59Z&days=1")]
    [InlineData("/api/app/calendar/working-days-between?from=0001-01-01&to=2026-01-01")]
    [InlineData("/api/app/calendar/working-days-between?from=2026-01-01&to=9999-12-31")]
    public async Task Is_a_400_in_problem_details(string url)
    {
        using var client = await host.CreateClientAsAsync("admin");

        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
