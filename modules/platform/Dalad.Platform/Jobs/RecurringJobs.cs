using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dalad.Platform.Jobs;

/// <summary>A job a module runs on a schedule (e.g. marking overdue cases). Register with <see cref="RecurringJobExtensions.AddRecurringJob{TJob}"/>.</summary>
public interface IRecurringJob
{
    /// <summary>Stable name: the job's row in the schedule.</summary>
    string Name { get; }

    TimeSpan Interval { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>When a recurring job runs next, persisted so a restart neither skips nor repeats a run.</summary>
public sealed class JobSchedule : IAuditExempt
{
    public required string Name { get; set; }
    public DateTime NextRunAt { get; set; }
    public DateTime? LastRunAt { get; set; }
    public string? LastError { get; set; }
    public DateTime? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
}

public static class RecurringJobExtensions
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services) where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddScoped<IRecurringJob>(sp => sp.GetRequiredService<TJob>());
        return services;
    }
}

/// <summary>
/// Runs the recurring jobs. A due job is claimed with a conditional update of its schedule row (only if it is due and
/// nobody holds it), so with several host instances each run happens once; a claim expires, so a crashed instance's
/// job runs again later.
/// </summary>
public sealed class RecurringJobRunner(IServiceScopeFactory scopes, IClock clock, IConfiguration configuration, ILogger<RecurringJobRunner> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private readonly string _instance = Environment.MachineName + ":" + Environment.ProcessId + ":" + Guid.NewGuid().ToString("N")[..6];
    private readonly TaskCompletionSource _firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when this instance's first pass after start is over. Whoever runs jobs by hand while the clock is
    /// being moved waits for it, or that pass, still under way, can take a run meant for them.
    /// </summary>
    public Task FirstPass => _firstPass.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Jobs:PollInterval", TimeSpan.FromSeconds(15));
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunDueJobsAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "Recurring jobs failed"); }
            finally { _firstPass.TrySetResult(); }
            try { await Task.Delay(interval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>Runs every job that is due now and not held by another instance; returns the names of those it ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueJobsAsync(CancellationToken cancellationToken = default)
    {
        var ran = new List<string>();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        foreach (var name in scope.ServiceProvider.GetServices<IRecurringJob>().Select(j => j.Name).Distinct().ToList())
        {
            var now = clock.UtcNow;
            if (!await db.JobSchedules.AnyAsync(j => j.Name == name, cancellationToken))
            {
                db.JobSchedules.Add(new JobSchedule { Name = name, NextRunAt = now });
                try { await db.SaveChangesAsync(cancellationToken); }
                catch (DbUpdateException) { db.ChangeTracker.Clear(); } // another instance created it first
            }

            var lockedUntil = now + Lease;
            var claimed = await db.JobSchedules
                .Where(j => j.Name == name && j.NextRunAt <= now && (j.LockedUntil == null || j.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntil, lockedUntil).SetProperty(j => j.LockedBy, _instance), cancellationToken);
            if (claimed != 1) continue;

            string? error = null;
            TimeSpan interval;
            using (var jobScope = scopes.CreateScope())
            {
                using var system = jobScope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
                var job = jobScope.ServiceProvider.GetServices<IRecurringJob>().First(j => j.Name == name);
                interval = job.Interval;
                try { await job.RunAsync(cancellationToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    error = e.Message;
                    logger.LogError(e, "Recurring job {Job} failed", name);
                }
            }
            var finished = clock.UtcNow;
            await db.JobSchedules.Where(j => j.Name == name).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LastRunAt, finished).SetProperty(j => j.NextRunAt, finished + interval)
                .SetProperty(j => j.LastError, error).SetProperty(j => j.LockedUntil, (DateTime?)null), cancellationToken);
            ran.Add(name);
        }
        return ran;
    }
}
