using System.Text.Json;
using Dalad.Platform.Data;
using Dalad.Platform.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Platform.Messaging;

/// <summary>
/// One delivery of an integration event to one handler. Written in the same transaction as the change that raised
/// the event, delivered by <see cref="OutboxDispatcher"/>, retried with back-off until the handler succeeds.
/// </summary>
public sealed class OutboxMessage : IAuditExempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string EventType { get; set; }
    public required string Handler { get; set; }
    public required string Payload { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Not before this moment (the back-off after a failure).</summary>
    public DateTime AvailableAt { get; set; }

    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? ProcessedAt { get; set; }

    /// <summary>A dispatcher instance holds the message until then; after it, another may take it over.</summary>
    public DateTime? LockedUntil { get; set; }

    public string? LockedBy { get; set; }
}

/// <summary>
/// Durable integration events: what is enqueued here is stored with the next save of any module's DbContext in the
/// same scope (in its transaction), so a notice is never lost between a commit and its delivery, and delivered to
/// each handler separately — a failing SMS gateway is retried without running the other handlers again.
/// The handler receives the outbox message id as <see cref="OutboxDelivery.MessageId"/>, an idempotency key for
/// gateways.
/// </summary>
public interface IOutbox
{
    void Enqueue<TEvent>(TEvent integrationEvent) where TEvent : notnull;
}

public sealed class Outbox(IServiceProvider services) : IOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<OutboxMessage> _pending = [];

    public void Enqueue<TEvent>(TEvent integrationEvent) where TEvent : notnull
    {
        var payload = JsonSerializer.Serialize(integrationEvent, Json);
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            _pending.Add(new OutboxMessage
            {
                EventType = typeof(TEvent).FullName!,
                Handler = handler.GetType().FullName!,
                Payload = payload,
            });
        }
    }

    /// <summary>Taken by the audit interceptor when a module saves; stamped with the save's time.</summary>
    internal List<OutboxMessage> TakePending(DateTime now)
    {
        var taken = _pending.ToList();
        _pending.Clear();
        foreach (var message in taken)
        {
            message.CreatedAt = now;
            message.AvailableAt = now;
        }
        return taken;
    }

    internal bool HasPending => _pending.Count > 0;
}

/// <summary>The delivery being handled, for handlers that need an idempotency key (e.g. an SMS gateway).</summary>
public sealed class OutboxDelivery
{
    public Guid? MessageId { get; internal set; }
    public int Attempt { get; internal set; }
}
