using Dalad.Platform.Events;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dalad.Search.Routing;

/// <summary>
/// Holds the current routing model. It is built at start and rebuilt, at most one build at a time, on the first
/// request after the matrix or a register changed — so an import of a thousand register rows costs one rebuild.
/// </summary>
public sealed class RoutingModelProvider(IServiceScopeFactory scopes, ILogger<RoutingModelProvider> logger) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private RoutingModel? _model;
    private volatile bool _stale = true;

    public void MarkStale() => _stale = true;

    internal async Task<RoutingModel> GetAsync(CancellationToken cancellationToken)
    {
        if (!_stale && _model is not null) return _model;
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (!_stale && _model is not null) return _model;
            _stale = false;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var scope = scopes.CreateScope();
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            var matrix = await scope.ServiceProvider.GetRequiredService<IResponsibilityMatrix>().GetSnapshotAsync(cancellationToken: cancellationToken);
            var entries = new List<RegisterEntryDto>();
            foreach (var source in scope.ServiceProvider.GetServices<IRegisterSource>())
                entries.AddRange(await source.GetEntriesAsync(cancellationToken));
            var previous = _model;
            _model = RoutingModel.Build(matrix, entries);
            previous?.Dispose();
            logger.LogInformation("Routing index built: matrix version {Version}, {Places} place names, {Keywords} keywords, {Entries} register entries in {Elapsed} ms",
                matrix.Version, _model.Places.Count, _model.Keywords.Count, entries.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0"));
            return _model;
        }
        catch
        {
            _stale = true;
            throw;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose()
    {
        _model?.Dispose();
        _building.Dispose();
    }
}

internal sealed class RoutingService(RoutingModelProvider models) : IRoutingService
{
    public async Task<RoutingProposal> ProposeAsync(RoutingRequest request, CancellationToken cancellationToken = default) =>
        Router.Propose(await models.GetAsync(cancellationToken), request);
}

/// <summary>Keeps routing current: a changed matrix or register makes the next routing request rebuild the model.</summary>
internal sealed class RoutingIndexInvalidation(RoutingModelProvider models) : IIntegrationEventHandler<ResponsibilityMatrixChanged>, IIntegrationEventHandler<RegisterChanged>
{
    public Task HandleAsync(ResponsibilityMatrixChanged integrationEvent, CancellationToken cancellationToken)
    {
        models.MarkStale();
        return Task.CompletedTask;
    }

    public Task HandleAsync(RegisterChanged integrationEvent, CancellationToken cancellationToken)
    {
        models.MarkStale();
        return Task.CompletedTask;
    }
}
