using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dalad.Platform.Messaging;

/// <summary>
/// Delivers outbox messages, each to the handler registered under its name (<see cref="OutboxHandlers"/>). Each
/// message is claimed with a conditional update (only if nobody holds it), so with
/// several host instances a message is handled by one of them; a claim expires, so a crashed instance's messages are
/// taken over. Failures are retried with exponential back-off (5 s, 10 s, 20 s … at most one hour), never dropped.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, OutboxHandlers handlers, IClock clock, IConfiguration configuration, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly string _instance = Environment.MachineName + ":" + Environment.ProcessId + ":" + Guid.NewGuid().ToString("N")[..6];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Outbox:PollInterval", TimeSpan.FromSeconds(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox dispatch failed");
            }
            try { await Task.Delay(interval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>Delivers the messages that are due now; returns how many were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.UtcNow;
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.AvailableAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.AvailableAt).Take(20).ToListAsync(cancellationToken);
        var attempted = 0;
        foreach (var message in due)
        {
            var lockedUntil = now + Lease;
            var claimed = await db.Outbox
                .Where(m => m.Id == message.Id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil).SetProperty(m => m.LockedBy, _instance), cancellationToken);
            if (claimed != 1) continue;
            attempted++;
            await DeliverAsync(db, message, cancellationToken);
        }
        return attempted;
    }

    private async Task DeliverAsync(PlatformDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            var delivery = scope.ServiceProvider.GetRequiredService<OutboxDelivery>();
            delivery.MessageId = message.Id;
            delivery.Attempt = message.Attempts + 1;

            // The handler registered in code under the stored name; a name nobody registers is retried (a plugin may be missing).
            var handler = handlers.Find(message.Handler) ?? throw new InvalidOperationException($"No outbox handler is registered as '{message.Handler}'.");
            await handler.Deliver(scope.ServiceProvider, message.Payload, cancellationToken);

            var done = clock.UtcNow;
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ProcessedAt, done).SetProperty(m => m.Attempts, message.Attempts + 1).SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var retryAt = clock.UtcNow + Backoff(attempts);
            var error = (e.InnerException ?? e).Message;
            logger.LogWarning("Outbox message {Id} ({Handler}) failed, attempt {Attempts}, retry at {RetryAt:o}: {Error}", message.Id, message.Handler, attempts, retryAt, error);
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.AvailableAt, retryAt)
                .SetProperty(m => m.LastError, error.Length > 2000 ? error[..2000] : error).SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken);
        }
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Min(attempts - 1, 20))));

}
