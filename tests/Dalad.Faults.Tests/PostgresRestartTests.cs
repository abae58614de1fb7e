using System.Net;
using System.Text.Json;
using Shouldly;
using Xunit.Abstractions;

namespace Dalad.Faults.Tests;

/// <summary>
/// Issue 15: PostgreSQL stopped (as a crash: immediate shutdown) and started again while users work. Requests that need
/// the database during the outage get 503 in problem details with a Chinese title, never a 500; no lead, case or SMS
/// is half-written; and the host serves again by itself once the server is back.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class PostgresRestartTests(ScaledPlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Requests_during_an_outage_get_503_problem_details_nothing_is_half_written_and_service_resumes_by_itself()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var postgres = platform.Postgres;
        const string database = ScaledPlatform.Database;
        var host = platform.A;
        using var desk = await host.CreateClientAsAsync(FaultHost.Desk);
        using var office = await host.CreateClientAsAsync(FaultHost.Office);
        using var housing = await host.CreateClientAsAsync(FaultHost.Housing);
        await Api.OpenCaseAsync(desk);

        using var traffic = new Traffic(desk, housing, office);
        traffic.Start();
        await traffic.SucceedsAsync(DateTime.UtcNow, 6, TimeSpan.FromSeconds(60));

        var down = DateTime.UtcNow;
        await postgres.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var back = DateTime.UtcNow;
        await postgres.StartAgainAsync();
        // Service resumes without restarting the host.
        await traffic.SucceedsAsync(back, 10, TimeSpan.FromSeconds(60));
        await traffic.StopAsync();
        output.WriteLine($"{clock.Elapsed}: service resumed; {traffic.Answers.Count} answers, {traffic.Answers.Count(a => (int)a.Status == 503)} of them 503, the first success {(traffic.Answers.Where(a => a.At >= back && (int)a.Status < 300).Min(a => a.At) - back).TotalSeconds:F1} s after the restart");

        var answers = traffic.Answers.ToList();
        var unexpected = answers.Where(a => a.Status is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable)).ToList();
        unexpected.Count.ShouldBe(0, "only 200, 201 and 503 may come back:\n" + Traffic.Describe(unexpected.Take(10)));
        var unavailable = answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
        unavailable.ShouldNotBeEmpty("the traffic never met the outage");
        unavailable.ShouldAllBe(a => a.At >= down);
        foreach (var answer in unavailable)
        {
            answer.ContentType.ShouldBe("application/problem+json");
            var problem = JsonDocument.Parse(answer.Body).RootElement;
            problem.GetProperty("status").GetInt32().ShouldBe(503);
            problem.GetProperty("title").GetString().ShouldBe("服务暂时不可用");
        }
        // Every kind of call met the outage and came back.
        foreach (var call in new[] { "register", "confirm", "sign", "read" })
            answers.Where(a => a.Call == call && a.At >= back).ShouldContain(a => (int)a.Status < 300, call);

        // All or nothing: a lead exists or not at all; a dispatched lead has its case, a pending lead none; a signed case
        // has exactly one SMS queued, an unsigned one none. No 2xx was lost.
        var created = answers.Where(a => a.Call == "register" && a.Status == HttpStatusCode.Created).Select(a => a.Ticket!).ToHashSet();
        var confirmed = answers.Where(a => a.Call == "confirm" && a.Status == HttpStatusCode.Created).Select(a => a.Ticket!).ToHashSet();
        var signed = answers.Where(a => a.Call == "sign" && a.Status == HttpStatusCode.OK).Select(a => a.Ticket!).ToHashSet();
        signed.ShouldNotBeEmpty();
        foreach (var ticket in traffic.Tickets)
        {
            var leads = Convert.ToInt64(await postgres.ScalarAsync(database, $"SELECT count(*) FROM cases.\"Leads\" WHERE \"TicketNumber\" = '{ticket}'"));
            leads.ShouldBeLessThanOrEqualTo(1);
            if (created.Contains(ticket)) leads.ShouldBe(1, ticket);
            if (leads == 0) continue;
            var status = (string)(await postgres.ScalarAsync(database, $"SELECT \"Status\" FROM cases.\"Leads\" WHERE \"TicketNumber\" = '{ticket}'"))!;
            var caseId = await postgres.ScalarAsync(database, $"SELECT \"CaseId\" FROM cases.\"Leads\" WHERE \"TicketNumber\" = '{ticket}'");
            if (caseId is Guid id)
            {
                status.ShouldNotBe("pending", ticket);
                var caseStatus = (string)(await postgres.ScalarAsync(database, $"SELECT \"Status\" FROM cases.\"Cases\" WHERE \"Id\" = '{id}'"))!;
                var sms = Convert.ToInt64(await postgres.ScalarAsync(database, $"SELECT count(*) FROM platform.\"Outbox\" WHERE \"Handler\" = 'cases.sms-notice' AND \"Payload\" LIKE '%{id}%'"));
                if (signed.Contains(ticket)) caseStatus.ShouldBe("reviewing", ticket);
                caseStatus.ShouldBeOneOf(["received", "reviewing"], ticket);
                sms.ShouldBe(caseStatus == "reviewing" ? 1 : 0, $"SMS queued for the case of {ticket}, {caseStatus}");
            }
            else
            {
                status.ShouldBe("pending", ticket);
                confirmed.ShouldNotContain(ticket);
            }
        }
    }
}
