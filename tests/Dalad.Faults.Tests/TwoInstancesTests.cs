using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Dalad.Faults.Tests;

/// <summary>
/// Issue 15: two host instances behind one address, on one PostgreSQL and one Redis. Both poll the job schedule and the
/// outbox; a job runs once per interval, an SMS is sent once, and a matrix change made on one instance reaches the
/// other's routing through the Redis fan-out.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class TwoInstancesTests(ScaledPlatform platform)
{
    [Fact]
    public async Task A_recurring_job_runs_once_per_interval_although_both_instances_reach_for_it()
    {
        var since = DateTime.UtcNow;
        await Task.Delay(TickJob.Every * 4);
        var runs = platform.Runs.Runs.Where(r => r.Started >= since).OrderBy(r => r.Started).ToList();

        runs.Count.ShouldBeGreaterThanOrEqualTo(3, "the job should have run about every 2 s");
        // Never two runs of one interval: each run starts a full interval after the previous one finished.
        foreach (var (previous, next) in runs.Zip(runs.Skip(1)))
            (next.Started - previous.Finished).ShouldBeGreaterThanOrEqualTo(TickJob.Every - TimeSpan.FromMilliseconds(50),
                $"{previous.Instance} ran at {previous.Started:HH:mm:ss.fff}, {next.Instance} at {next.Started:HH:mm:ss.fff}");
    }

    [Fact]
    public async Task An_sms_is_sent_once_although_both_instances_deliver_the_outbox()
    {
        using var desk = await platform.BehindOneAddressAsync(FaultHost.Desk);
        using var housing = await platform.BehindOneAddressAsync(FaultHost.Housing);
        var phones = Enumerable.Range(0, 4).Select(_ => Api.NewPhone()).ToList();
        foreach (var phone in phones)
        {
            var opened = await Api.OpenCaseAsync(desk, phone);
            using var signed = await housing.PostAsJsonAsync($"/api/app/cases/{opened.GetProperty("id").GetGuid()}/sign", new { });
            signed.EnsureSuccessStatusCode();
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (phones.Any(p => platform.Sms.Received.All(s => s.Phone != p)))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "every signed case's SMS should have been sent");
            await Task.Delay(100);
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // several more polls of both dispatchers

        foreach (var phone in phones)
        {
            var sent = platform.Sms.Received.Where(s => s.Phone == phone).ToList();
            sent.Count.ShouldBe(1, phone);
            sent[0].Text.ShouldContain("已接收");
        }
        var keys = platform.Sms.Received.Where(s => phones.Contains(s.Phone)).Select(s => s.Key).ToList();
        keys.ShouldAllBe(k => k != null);
        keys.Distinct().Count().ShouldBe(keys.Count);
    }

    [Fact]
    public async Task A_matrix_change_made_on_one_instance_reaches_the_others_routing()
    {
        using var adminOnA = await platform.A.CreateClientAsAsync("admin");
        using var deskOnB = await platform.B.CreateClientAsAsync(FaultHost.Desk);
        var place = "福瑞园" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant() + "工地";
        (await Matrix.RoutedTerritoryAsync(deskOnB, place)).ShouldNotBe(Matrix.Engebei); // B has built its model already

        await Matrix.AddAliasAsync(adminOnA, place);

        await Matrix.RoutesToEngebeiAsync(deskOnB, place, TimeSpan.FromSeconds(5));
        var matrixOnB = await deskOnB.GetFromJsonAsync<JsonElement>($"/api/app/territories/{Matrix.Engebei}");
        matrixOnB.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain(place);
    }
}
