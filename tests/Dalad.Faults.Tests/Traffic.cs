using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Dalad.Faults.Tests;

/// <summary>One answer the traffic got: what was asked, when, and what came back.</summary>
public sealed record Answer(string Call, string? Ticket, DateTime At, HttpStatusCode Status, string? ContentType, string Body);

/// <summary>
/// Users at work while a server goes away: each worker registers a lead (a fresh ticket), confirms it (which opens a
/// case), signs the case as its lead owner (which queues the complainant's SMS) and reads the case list, again and
/// again, until stopped. Every answer is kept.
/// </summary>
public sealed class Traffic(HttpClient desk, HttpClient signer, HttpClient office, int workers = 3) : IDisposable
{
    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly ConcurrentDictionary<string, bool> _tickets = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    public IReadOnlyCollection<Answer> Answers => _answers;

    /// <summary>Every ticket a registration was sent for, whatever the answer.</summary>
    public IReadOnlyCollection<string> Tickets => _tickets.Keys.ToList();

    public void Start() => _running = Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running!;
    }

    /// <summary>Waits until <paramref name="count"/> successful answers came after <paramref name="since"/>.</summary>
    public async Task SucceedsAsync(DateTime since, int count, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (_answers.Count(a => a.At >= since && (int)a.Status < 300) < count)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"fewer than {count} successful answers since {since:HH:mm:ss.fff}; last answers:\n{Describe(_answers.TakeLast(5))}");
            await Task.Delay(100);
        }
    }

    public void Dispose() => _stop.Dispose();

    public static string Describe(IEnumerable<Answer> answers) =>
        string.Join("\n", answers.Select(a => $"{a.At:HH:mm:ss.fff} {a.Call} {(int)a.Status} {a.ContentType} {a.Body[..Math.Min(200, a.Body.Length)]}"));

    private async Task WorkAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var ticket = Api.NewTicket();
            _tickets[ticket] = true;
            var lead = await CallAsync("register", ticket, () => desk.PostAsJsonAsync("/api/app/leads", Api.Lead(ticket)));
            if (lead is { Status: HttpStatusCode.Created })
            {
                var id = JsonDocument.Parse(lead.Body).RootElement.GetProperty("id").GetGuid();
                var confirmed = await CallAsync("confirm", ticket, () => desk.PostAsJsonAsync($"/api/app/leads/{id}/confirm", new { }));
                if (confirmed is { Status: HttpStatusCode.Created })
                {
                    var caseId = JsonDocument.Parse(confirmed.Body).RootElement.GetProperty("case").GetProperty("id").GetGuid();
                    await CallAsync("sign", ticket, () => signer.PostAsJsonAsync($"/api/app/cases/{caseId}/sign", new { }));
                }
            }
            await CallAsync("read", null, () => office.GetAsync("/api/app/cases?maxResultCount=20"));
        }
    }

    private async Task<Answer?> CallAsync(string call, string? ticket, Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            var answer = new Answer(call, ticket, DateTime.UtcNow, response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
            _answers.Enqueue(answer);
            return answer;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // The host did not answer at all: as bad as a 500 for this test.
            _answers.Enqueue(new Answer(call, ticket, DateTime.UtcNow, 0, null, e.ToString()));
            return null;
        }
    }
}
