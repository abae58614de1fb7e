using System.Collections.Concurrent;
using Dalad.Platform.Security;
using Dalad.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dalad.Cases.Application;

/// <summary>What the start-up catch-up of the full-text indexes has done so far: readiness reports it, and the search
/// answers say that their results may be incomplete while it runs.</summary>
public sealed class SearchCatchUpProgress
{
    public sealed record IndexState(bool Full, int? Expected, int Written, bool Finished);

    private readonly ConcurrentDictionary<string, IndexState> _states = new(StringComparer.Ordinal);
    private volatile bool _done;
    private volatile string? _failure;

    /// <summary>True until every index has caught up (also before the catch-up has begun).</summary>
    public bool Running => !_done;

    public string? Failure => _failure;

    public IReadOnlyDictionary<string, IndexState> Indexes => _states;

    internal void Start(string index, bool full, int? expected) => _states[index] = new IndexState(full, expected, 0, false);

    internal Action<int> Advance(string index) => n => _states.AddOrUpdate(index, _ => new IndexState(false, null, n, false), (_, s) => s with { Written = s.Written + n });

    internal void Finish(string index) => _states.AddOrUpdate(index, _ => new IndexState(false, null, 0, true), (_, s) => s with { Finished = true });

    internal void Fail(string reason) => _failure = reason;

    internal void Done()
    {
        _failure = null;
        _done = true;
    }

    public string Describe() => string.Join("; ", _states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        $"{s.Key} {(s.Value.Finished ? "done" : s.Value.Full ? $"rebuilding {s.Value.Written}/{s.Value.Expected}" : $"catching up {s.Value.Written}")}"));
}

/// <summary>
/// Runs the catch-up after the host has started, so readiness never waits for it (a restart with a million cases is
/// ready in seconds, and search answers from the persisted index meanwhile). A search engine that cannot be reached is
/// tried again every <see cref="RetryDelay"/>.
/// </summary>
internal sealed class SearchCatchUpService(IServiceScopeFactory scopes, SearchCatchUpProgress progress, ILogger<SearchCatchUpService> logger) : BackgroundService
{
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and answer its first probes) before reading anything.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
                await scope.ServiceProvider.GetRequiredService<CaseSearchIndex>().CatchUpAsync(progress, stoppingToken);
                progress.Done();
                return;
            }
            catch (SearchUnavailableException e)
            {
                progress.Fail(e.Message);
                logger.LogError(e, "Full-text indexes not caught up (search unavailable); trying again in {Delay}", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }
}

/// <summary>Readiness: degraded (still ready: 200) while the indexes catch up, naming how far each has come.</summary>
internal sealed class SearchCatchUpHealthCheck(SearchCatchUpProgress progress) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!progress.Running
            ? HealthCheckResult.Healthy("Full-text indexes caught up.")
            : HealthCheckResult.Degraded(progress.Failure is { } failure
                ? $"Full-text indexes not caught up: {failure}"
                : $"Full-text indexes catching up: {progress.Describe()}"));
}
