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
public sealed class RedisEventBus(InProcessEventBus local, IConnectionMultiplexer redis, RedisEventBus.Origin origin) : IEventBus
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="Channel">One channel per deployment: <c>Redis:InstanceName</c> + "events".</param>
    public sealed record Origin(string Id, RedisChannel Channel);

    internal sealed record Envelope(string Origin, string Type, string Payload);

    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        await local.PublishAsync(integrationEvent, cancellationToken);
        var envelope = new Envelope(origin.Id, typeof(TEvent).FullName!, JsonSerializer.Serialize(integrationEvent, Json));
        await redis.GetSubscriber().PublishAsync(origin.Channel, JsonSerializer.Serialize(envelope, Json));
    }
}

public sealed class RedisEventSubscriber(IConnectionMultiplexer redis, InProcessEventBus local, RedisEventBus.Origin origin, ILogger<RedisEventSubscriber> logger) : IHostedService
{
    private static readonly ConcurrentDictionary<string, Type?> Types = new();

    public async Task StartAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().SubscribeAsync(origin.Channel, (channel, value) => { _ = HandleAsync(value!); });

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(origin.Channel);

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
        services.AddSingleton<IEventBus, RedisEventBus>();
        services.AddHostedService<RedisEventSubscriber>();
    }
}
