using Dalad.Platform.Events;
using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dalad.Platform.Tests;

public sealed record CacheInvalidated(string What, Guid Marker);

public sealed class ReceivedEvents
{
    public List<CacheInvalidated> Events { get; } = [];
}

public sealed class RecordCacheInvalidated(ReceivedEvents received) : IIntegrationEventHandler<CacheInvalidated>
{
    public Task HandleAsync(CacheInvalidated integrationEvent, CancellationToken cancellationToken)
    {
        lock (received) received.Events.Add(integrationEvent);
        return Task.CompletedTask;
    }
}

/// <summary>A host instance of the deployment named <paramref name="deployment"/> (instances of one deployment share a Redis prefix).</summary>
public sealed class RecordingHost(string deployment) : DaladHostFactory
{
    public ReceivedEvents Received { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Redis:InstanceName", deployment + ":");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Received);
            services.AddScoped<IIntegrationEventHandler<CacheInvalidated>, RecordCacheInvalidated>();
        });
    }
}

/// <summary>Two host instances: with Redis an event published on one reaches the other's handlers; without, it stays in-process.</summary>
public sealed class EventFanOutTests
{
    [Fact]
    public async Task An_event_reaches_the_other_instance_exactly_when_redis_is_configured()
    {
        var deployment = "fan-out-" + Guid.NewGuid().ToString("N")[..8];
        await using var first = new RecordingHost(deployment);
        await using var second = new RecordingHost(deployment);
        _ = first.Services;
        _ = second.Services;
        var marker = Guid.NewGuid();

        await first.Services.GetRequiredService<IEventBus>().PublishAsync(new CacheInvalidated("matrix", marker));

        first.Received.Events.Count(e => e.Marker == marker).ShouldBe(1);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (TestEnvironment.Redis is not null && second.Received.Events.All(e => e.Marker != marker) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        if (TestEnvironment.Redis is not null)
            second.Received.Events.Count(e => e.Marker == marker).ShouldBe(1, "the other instance should hear of it through Redis");
        else
        {
            await Task.Delay(300);
            second.Received.Events.ShouldNotContain(e => e.Marker == marker, "without Redis an event stays in its own process");
        }
        first.Received.Events.Count(e => e.Marker == marker).ShouldBe(1, "an instance does not handle its own event twice");
    }
}
