using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Dalad.Platform.Events;

/// <summary>
/// With Redis, integration events published on one host instance reach the handlers of every instance (cache and index
/// invalidations: the matrix, the calendar, registers). Each instance publishes to one channel and ignores its own
/// messages, which it has already handled in-process.
/// </summary>
public sealed class RedisEventBus(InProcessEventBus local, IConnectionMultiplexer redis, RedisEventBus.Origin origin, RedisFanOutBacklog backlog) : IEventBus
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="Channel">One channel per deployment: <c>Redis:InstanceName</c> + "events".</param>
    public sealed record Origin(string Id, RedisChannel Channel);

    internal sealed record Envelope(string Origin, string Type, string Payload);

    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        await local.PublishAsync(integrationEvent, cancellationToken);
        var envelope = new Envelope(origin.Id, typeof(TEvent).FullName!, JsonSerializer.Serialize(integrationEvent, Json));
        var message = JsonSerializer.Serialize(envelope, Json);
        try
        {
            await backlog.ReplayAsync();
            await redis.GetSubscriber().PublishAsync(origin.Channel, message);
        }
        catch (RedisException e)
        {
            // The change is saved and this instance has handled the event; the others get it when Redis is back.
            backlog.Hold(message, e);
        }
    }
}

/// <summary>
/// Events this instance could not fan out while Redis was away, published in their order once it answers again (on
/// the multiplexer's reconnection, or before the next event), so the other instances' caches catch up.
/// </summary>
public sealed class RedisFanOutBacklog : IDisposable
{
    private readonly ConcurrentQueue<string> _held = new();
    private readonly SemaphoreSlim _replaying = new(1, 1);
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisEventBus.Origin _origin;
    private readonly ILogger<RedisFanOutBacklog> _logger;

    public RedisFanOutBacklog(IConnectionMultiplexer redis, RedisEventBus.Origin origin, ILogger<RedisFanOutBacklog> logger)
    {
        _redis = redis;
        _origin = origin;
        _logger = logger;
        _redis.ConnectionRestored += OnRestored;
    }

    public int Count => _held.Count;

    public void Hold(string message, Exception error)
    {
        _held.Enqueue(message);
        _logger.LogWarning("Redis cannot be reached ({Error}): an event is held for the other instances ({Count} held)", error.GetBaseException().Message, _held.Count);
    }

    /// <summary>Publishes what is held; throws (keeping the rest) while Redis is still away.</summary>
    public async Task ReplayAsync()
    {
        if (_held.IsEmpty) return;
        await _replaying.WaitAsync();
        try
        {
            while (_held.TryPeek(out var message))
            {
                await _redis.GetSubscriber().PublishAsync(_origin.Channel, message);
                _held.TryDequeue(out _);
            }
            _logger.LogInformation("Redis answers again: the held events were fanned out");
        }
        finally
        {
            _replaying.Release();
        }
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (_held.IsEmpty) return;
        var held = _held.ToArray();
        _ = Task.Run(async () =>
        {
            // The other instances reconnect (and resubscribe) about as fast as this one: give them a moment.
            await Task.Delay(TimeSpan.FromSeconds(2));
            try { await ReplayAsync(); }
            catch (RedisException error) { _logger.LogWarning("Held events not fanned out yet: {Error}", error.Message); }
            // An instance that resubscribed later than that missed them. The events only invalidate caches and
            // indexes (docs/adr/0003), so receiving one twice is harmless: send them once more, later.
            await Task.Delay(TimeSpan.FromSeconds(8));
            try
            {
                foreach (var message in held) await _redis.GetSubscriber().PublishAsync(_origin.Channel, message);
            }
            catch (RedisException error) { _logger.LogWarning("Held events not fanned out a second time: {Error}", error.Message); }
        });
    }

    public void Dispose()
    {
        _redis.ConnectionRestored -= OnRestored;
        _replaying.Dispose();
    }
}

public sealed class RedisEventSubscriber(IConnectionMultiplexer redis, InProcessEventBus local, RedisEventBus.Origin origin, ILogger<RedisEventSubscriber> logger) : IHostedService
{
    private static readonly ConcurrentDictionary<string, Type?> Types = new();

    public async Task StartAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().SubscribeAsync(origin.Channel, (channel, value) => { _ = HandleAsync(value!); });

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Best effort: the connection closes with the host anyway, and a Redis that is slow or gone at that moment
        // must not make the shutdown fail.
        try
        {
            await redis.GetSubscriber().UnsubscribeAsync(origin.Channel).WaitAsync(cancellationToken);
        }
        catch (Exception error) when (error is RedisException or OperationCanceledException or TimeoutException)
        {
            logger.LogWarning("Not unsubscribed from the event channel at shutdown: {Error}", error.Message);
        }
    }

    private async Task HandleAsync(string message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<RedisEventBus.Envelope>(message, RedisEventBus.Json)!;
            if (envelope.Origin == origin.Id) return;
            var type = Types.GetOrAdd(envelope.Type, name => AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name, throwOnError: false)).FirstOrDefault(t => t is not null));
            if (type is null) return; // an event of a plugin this instance does not load
            var payload = JsonSerializer.Deserialize(envelope.Payload, type, RedisEventBus.Json)!;
            var publish = typeof(InProcessEventBus).GetMethod(nameof(InProcessEventBus.PublishAsync))!.MakeGenericMethod(type);
            await (Task)publish.Invoke(local, [payload, CancellationToken.None])!;
        }
        catch (Exception e)
        {
            logger.LogError(e, "An event from another instance could not be handled");
        }
    }
}

public static class EventBusRegistration
{
    /// <summary>In-process by default; fanned out over Redis pub/sub when Redis is configured.</summary>
    public static void AddDaladEventBus(this IServiceCollection services, bool redis, string instanceName)
    {
        services.AddSingleton<InProcessEventBus>();
        if (!redis)
        {
            services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<InProcessEventBus>());
            return;
        }
        services.AddSingleton(new RedisEventBus.Origin(Guid.NewGuid().ToString("N"), RedisChannel.Literal(instanceName + "events")));
        services.AddSingleton<RedisFanOutBacklog>();
        services.AddSingleton<IEventBus, RedisEventBus>();
        services.AddHostedService<RedisEventSubscriber>();
    }
}
