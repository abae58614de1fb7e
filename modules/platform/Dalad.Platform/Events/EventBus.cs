using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dalad.Platform.Events;

/// <summary>Handles integration events of type <typeparamref name="TEvent"/>; register as scoped.</summary>
public interface IIntegrationEventHandler<in TEvent>
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// The best-effort path (docs/adr/0003-event-paths.md): tells every host instance that something it may hold in
/// memory changed — caches (the matrix, the calendar, registers) and per-instance indexes. Events are records in a
/// module's Contracts; handlers run in-process, each in its own scope, after the publisher's change is saved, and with
/// Redis on every other instance too. Nothing is stored or retried: a handler that misses one must not lose a fact
/// (it reloads). A fact another module must act on goes through the durable <see cref="Messaging.IOutbox"/>.
/// </summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default) where TEvent : notnull;
}

public sealed class InProcessEventBus(IServiceScopeFactory scopes, ILogger<InProcessEventBus> logger) : IEventBus
{
    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        using var scope = scopes.CreateScope();
        using var system = scope.ServiceProvider.GetRequiredService<Security.DataScope>().BeginSystemScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            try
            {
                await handler.HandleAsync(integrationEvent, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failing subscriber must not undo the publisher's committed change or starve the others.
                logger.LogError(e, "Handler {Handler} failed for {Event}", handler.GetType().Name, typeof(TEvent).Name);
            }
        }
    }
}
