using Dalad.Platform.Data;
using Dalad.Platform.Events;
using Dalad.Platform.Jobs;
using Dalad.Platform.Messaging;
using Dalad.Platform.Timing;
using Dalad.Responsibility.Data;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Platform.Tests;

public sealed record NoticeRequested(Guid NoteId, string Phone);

public sealed record NobodyHandles(Guid NoteId);

/// <summary>A gateway that fails when told to, and remembers what it sent with which idempotency key.</summary>
public sealed class FlakyGateway
{
    public int FailuresLeft { get; set; }
    public List<(Guid Key, NoticeRequested Notice)> Sent { get; } = [];
}

public sealed class SendNotice(FlakyGateway gateway, OutboxDelivery delivery) : IOutboxHandler<NoticeRequested>
{
    public Task HandleAsync(NoticeRequested integrationEvent, CancellationToken cancellationToken)
    {
        if (gateway.FailuresLeft-- > 0) throw new HttpRequestException("gateway timeout");
        gateway.Sent.Add((delivery.MessageId!.Value, integrationEvent));
        return Task.CompletedTask;
    }
}

public sealed class CountNotices : IOutboxHandler<NoticeRequested>
{
    private static int _count;

    public static int Count => _count;

    public Task HandleAsync(NoticeRequested integrationEvent, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }
}

public sealed class TestClock : IClock
{
    public DateTime UtcNow { get; set; } = DateTime.UtcNow;
}

public sealed class CountingJob : IRecurringJob
{
    private static int _runs;

    public static int Runs => _runs;

    public string Name => "test-counting";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        return Task.Delay(50, cancellationToken);
    }
}

public sealed class OutboxHost : DaladHostFactory
{
    public FlakyGateway Gateway { get; } = new();
    public TestClock Clock { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        // The tests drive the dispatcher and the job runner themselves.
        builder.UseSetting("Outbox:PollInterval", "01:00:00");
        builder.UseSetting("Jobs:PollInterval", "01:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Gateway);
            services.AddSingleton<IClock>(Clock);
            services.AddOutboxHandler<NoticeRequested, SendNotice>("test.send-notice");
            services.AddOutboxHandler<NoticeRequested, CountNotices>("test.count-notices");
            services.AddRecurringJob<CountingJob>();
        });
    }
}

public sealed class OutboxAndJobsTests(OutboxHost host) : IClassFixture<OutboxHost>
{
    [Fact]
    public async Task An_event_is_stored_with_the_change_and_each_handler_gets_it_exactly_once_despite_a_failing_gateway()
    {
        var noteId = await SaveNoteWithNoticeAsync("138****0001");
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        host.Gateway.FailuresLeft = 1;
        var countedBefore = CountNotices.Count;

        await dispatcher.DispatchDueAsync();
        host.Gateway.Sent.ShouldNotContain(s => s.Notice.NoteId == noteId);
        (await Messages(noteId)).Single(m => m.Handler == "test.send-notice").Attempts.ShouldBe(1);

        await dispatcher.DispatchDueAsync(); // the back-off has not passed: nothing is retried yet
        host.Gateway.Sent.ShouldNotContain(s => s.Notice.NoteId == noteId);

        host.Clock.UtcNow += OutboxDispatcher.Backoff(1) + TimeSpan.FromSeconds(1);
        await dispatcher.DispatchDueAsync();
        await dispatcher.DispatchDueAsync();

        host.Gateway.Sent.Count(s => s.Notice.NoteId == noteId).ShouldBe(1);
        (CountNotices.Count - countedBefore).ShouldBe(1); // the other handler was not run again by the retry
        var messages = await Messages(noteId);
        messages.ShouldAllBe(m => m.ProcessedAt != null);
        host.Gateway.Sent.Single(s => s.Notice.NoteId == noteId).Key.ShouldBe(messages.Single(m => m.Handler == "test.send-notice").Id);
    }

    [Fact]
    public async Task A_change_that_is_not_saved_leaves_no_event_behind()
    {
        var noteId = Guid.NewGuid();
        using (var scope = host.Services.CreateScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<Security.DataScope>().BeginSystemScope();
            var db = scope.ServiceProvider.GetRequiredService<ResponsibilityDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            (await db.Bodies.SingleAsync(b => b.Code == "forestry")).Name = new string('长', 500);
            if (db.Database.IsNpgsql())
                await Should.ThrowAsync<DbUpdateException>(() => outbox.SaveChangesAsync(db, [new NoticeRequested(noteId, "x")])); // too long for the column
            else
                return; // SQLite does not enforce lengths; the PostgreSQL run proves the rollback
        }
        (await Messages(noteId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_fact_no_handler_is_registered_for_is_refused_and_the_change_is_not_saved()
    {
        var marker = "unhandled " + Guid.NewGuid();
        using (var scope = host.Services.CreateScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<Security.DataScope>().BeginSystemScope();
            var db = scope.ServiceProvider.GetRequiredService<ResponsibilityDbContext>();
            (await db.Bodies.SingleAsync(b => b.Code == "forestry")).Duty = marker;
            var refused = await Should.ThrowAsync<InvalidOperationException>(() =>
                scope.ServiceProvider.GetRequiredService<IOutbox>().SaveChangesAsync(db, [new NobodyHandles(Guid.NewGuid())]));
            refused.Message.ShouldContain(nameof(NobodyHandles));
        }
        using (var scope = host.Services.CreateScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<Security.DataScope>().BeginSystemScope();
            var db = scope.ServiceProvider.GetRequiredService<ResponsibilityDbContext>();
            (await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "forestry")).Duty.ShouldNotBe(marker);
        }
    }

    [Fact]
    public async Task A_recurring_job_runs_once_per_interval_even_when_two_instances_reach_for_it()
    {
        var runner = host.Services.GetRequiredService<RecurringJobRunner>();
        // The host's own runner takes the first run at start, and its pass over every module's jobs may still be under
        // way (slow on PostgreSQL); moving the clock before it is done would let that pass take the next run too.
        await runner.FirstPass.WaitAsync(TimeSpan.FromMinutes(2));
        // An hour later the job is due again.
        host.Clock.UtcNow += TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1);
        var before = CountingJob.Runs;

        // The host's own runner polls too and may win the claim: whoever runs it, it runs once.
        var both = await Task.WhenAll(runner.RunDueJobsAsync(), runner.RunDueJobsAsync());
        (CountingJob.Runs - before).ShouldBe(1);
        both.Count(r => r.Contains("test-counting")).ShouldBeLessThanOrEqualTo(1);

        (await runner.RunDueJobsAsync()).ShouldNotContain("test-counting"); // not due again for an hour
        (CountingJob.Runs - before).ShouldBe(1);
        host.Clock.UtcNow += TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1);
        await runner.RunDueJobsAsync();
        (CountingJob.Runs - before).ShouldBe(2);
    }

    private async Task<Guid> SaveNoteWithNoticeAsync(string phone)
    {
        using var scope = host.Services.CreateScope();
        using var system = scope.ServiceProvider.GetRequiredService<Security.DataScope>().BeginSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<ResponsibilityDbContext>();
        var noteId = Guid.NewGuid();
        (await db.Bodies.SingleAsync(b => b.Code == "water")).Duty = "outbox test " + noteId;
        await scope.ServiceProvider.GetRequiredService<IOutbox>().SaveChangesAsync(db, [new NoticeRequested(noteId, phone)]);
        return noteId;
    }

    private async Task<List<OutboxMessage>> Messages(Guid noteId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var all = await db.Outbox.AsNoTracking().ToListAsync();
        return all.Where(m => m.Payload.Contains(noteId.ToString(), StringComparison.Ordinal)).ToList();
    }
}
