using Dalad.Platform.Events;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Dalad.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dalad.Routing;

/// <summary>
/// Holds the current routing model. It is built at start and rebuilt, at most one build at a time, on the first
/// request after the matrix changed.
/// </summary>
public sealed class RoutingModelProvider(IServiceScopeFactory scopes, LearnedRouting learned, ILogger<RoutingModelProvider> logger) : IDisposable
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
            _model = RoutingModel.Build(matrix, scope.ServiceProvider.GetRequiredService<IIndustryClassification>());
            learned.Seed(matrix);
            logger.LogInformation("Routing model built: matrix version {Version}, {Places} place names, {Keywords} keywords in {Elapsed} ms",
                matrix.Version, _model.Places.Count, _model.Keywords.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0"));
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

    public void Dispose() => _building.Dispose();
}

internal sealed class RoutingService(RoutingModelProvider models, IRegisterMatcher registers, LearnedRouting learned) : IRoutingService
{
    public async Task<RoutingProposal> ProposeAsync(RoutingRequest request, CancellationToken cancellationToken = default)
    {
        var model = await models.GetAsync(cancellationToken);
        return await ProposeAsync(model, registers, learned, request, cancellationToken);
    }

    /// <summary>The proposal from the rules and the registers, and the learned layer's vote unless it is left out.</summary>
    internal static async Task<RoutingProposal> ProposeAsync(RoutingModel model, IRegisterMatcher registers, LearnedRouting? learned,
        RoutingRequest request, CancellationToken cancellationToken)
    {
        // Everything routing reads is simplified; a complaint in traditional script is read as simplified.
        request = new RoutingRequest(ChineseScript.ToSimplified(request.Text), ChineseScript.ToSimplified(request.Address));
        var matches = await registers.MatchAsync(((request.Text ?? "") + "\n" + (request.Address ?? "")).Trim(), cancellationToken);
        return Router.Propose(model, request, matches, learned?.Vote(request.Text ?? ""));
    }
}

/// <summary>Keeps routing current: a changed matrix makes the next routing request rebuild the model.</summary>
internal sealed class RoutingModelInvalidation(RoutingModelProvider models) : IIntegrationEventHandler<ResponsibilityMatrixChanged>
{
    public Task HandleAsync(ResponsibilityMatrixChanged integrationEvent, CancellationToken cancellationToken)
    {
        models.MarkStale();
        return Task.CompletedTask;
    }
}
