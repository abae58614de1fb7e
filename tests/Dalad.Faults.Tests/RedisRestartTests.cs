using System.Net;
using Shouldly;
using Xunit.Abstractions;

namespace Dalad.Faults.Tests;

/// <summary>
/// Issue 15: Redis stopped, then started again (empty, as after a crash), while users work on two instances of the
/// scaled profile. Reads and writes go on without Redis (the cache falls back to the database), nothing written is
/// lost, a matrix change made during the outage reaches the other instance once Redis is back, and caching and
/// fan-out work again afterwards.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class RedisRestartTests(ScaledPlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Without_redis_reads_and_writes_go_on_and_cache_and_fan_out_recover_when_it_is_back()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var adminOnA = await platform.A.CreateClientAsAsync("admin");
        using var deskOnB = await platform.B.CreateClientAsAsync(FaultHost.Desk);
        using var onA = new Traffic(await platform.A.CreateClientAsAsync(FaultHost.Desk), await platform.A.CreateClientAsAsync(FaultHost.Housing),
            await platform.A.CreateClientAsAsync(FaultHost.Office), workers: 2);
        using var onB = new Traffic(deskOnB, await platform.B.CreateClientAsAsync(FaultHost.Housing), await platform.B.CreateClientAsAsync(FaultHost.Office), workers: 2);
        var duringOutage = "星河湾" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant() + "工地";
        var afterwards = "金穗苑" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant() + "工地";
        (await Matrix.RoutedTerritoryAsync(deskOnB, duringOutage)).ShouldNotBe(Matrix.Engebei);

        onA.Start();
        onB.Start();
        await onA.SucceedsAsync(DateTime.UtcNow, 4, TimeSpan.FromSeconds(30));

        var down = DateTime.UtcNow;
        await platform.Redis.StopAsync();
        // A matrix change during the outage: saved, and B's routing must follow once Redis is back.
        await Matrix.AddAliasAsync(adminOnA, duringOutage);
        await onA.SucceedsAsync(down, 10, TimeSpan.FromSeconds(30));
        await onB.SucceedsAsync(down, 10, TimeSpan.FromSeconds(30));
        output.WriteLine($"{clock.Elapsed}: worked {(DateTime.UtcNow - down).TotalSeconds:F1} s without Redis");

        var back = DateTime.UtcNow;
        await platform.Redis.StartAgainAsync();
        await Matrix.RoutesToEngebeiAsync(deskOnB, duringOutage, TimeSpan.FromSeconds(20));
        output.WriteLine($"{clock.Elapsed}: B routes by the alias added on A during the outage, {(DateTime.UtcNow - back).TotalSeconds:F1} s after Redis came back");
        await onA.SucceedsAsync(back, 4, TimeSpan.FromSeconds(30));
        await onB.SucceedsAsync(back, 4, TimeSpan.FromSeconds(30));
        await onA.StopAsync();
        await onB.StopAsync();

        var answers = onA.Answers.Concat(onB.Answers).ToList();
        var failed = answers.Where(a => (int)a.Status is not (200 or 201)).ToList();
        failed.Count.ShouldBe(0, "without Redis every request should still succeed:\n" + Traffic.Describe(failed.Take(10)));
        foreach (var call in new[] { "register", "confirm", "sign", "read" })
            answers.Where(a => a.Call == call && a.At >= down && a.At < back).ShouldNotBeEmpty(call + " during the outage");

        // Nothing written is lost: every lead, case and SMS answered with success is in the database.
        var created = answers.Where(a => a.Call == "register" && a.Status == HttpStatusCode.Created).Select(a => a.Ticket!).ToList();
        var signed = answers.Where(a => a.Call == "sign" && a.Status == HttpStatusCode.OK).Select(a => a.Ticket!).ToList();
        var tickets = string.Join(",", created.Select(t => $"'{t}'"));
        Convert.ToInt64(await platform.Postgres.ScalarAsync(ScaledPlatform.Database, $"SELECT count(*) FROM cases.\"Leads\" WHERE \"TicketNumber\" IN ({tickets})")).ShouldBe(created.Count);
        var signedTickets = string.Join(",", signed.Select(t => $"'{t}'"));
        Convert.ToInt64(await platform.Postgres.ScalarAsync(ScaledPlatform.Database,
            $"SELECT count(*) FROM cases.\"Leads\" l JOIN cases.\"Cases\" c ON c.\"Id\" = l.\"CaseId\" WHERE l.\"TicketNumber\" IN ({signedTickets}) AND c.\"Status\" = 'reviewing'"))
            .ShouldBe(signed.Count);

        // The cache is back: Redis (restarted empty) holds the deployment's entries again.
        (await platform.Redis.CommandAsync($"EXISTS {ScaledPlatform.Prefix}identity:stamp")).ShouldBe(":1");
        // And the fan-out: a change made on A now reaches B at once.
        await Matrix.AddAliasAsync(adminOnA, afterwards);
        await Matrix.RoutesToEngebeiAsync(deskOnB, afterwards, TimeSpan.FromSeconds(5));
    }
}
