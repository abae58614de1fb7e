using System.Text.Json;
using Dalad.Platform.Data;
using Dalad.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dalad.Platform.Messaging;

/// <summary>
/// One delivery of a fact to one named outbox handler. Written in the same transaction as the change that raised
/// it, delivered by <see cref="OutboxDispatcher"/>, retried with back-off until the handler succeeds.
/// </summary>
public sealed class OutboxMessage : IAuditExempt
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The event's type, for people reading the table; delivery goes by <see cref="Handler"/>.</summary>
    public required string EventType { get; set; }

    /// <summary>The name the handler was registered under (<see cref="OutboxRegistration.AddOutboxHandler{TEvent, THandler}"/>).</summary>
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
/// Handles a fact delivered through the durable outbox: once per message (retried until it succeeds, on one
/// instance). Register with <see cref="OutboxRegistration.AddOutboxHandler{TEvent, THandler}"/> under a stable name.
/// The message id (<see cref="OutboxDelivery.MessageId"/>) is an idempotency key for gateways.
/// </summary>
public interface IOutboxHandler<in TEvent>
{
    Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}

/// <summary>
/// The durable path (docs/adr/0003-event-paths.md): facts other modules must act on — an SMS to send, a record to
/// keep — are written to the outbox in the same transaction as the change that raised them, one message per named
/// handler, so a fact is never lost after a commit and never delivered for a change that was rolled back.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Saves <paramref name="db"/>'s changes and one message per handler registered for each of
    /// <paramref name="facts"/>, in one transaction (the caller's, or one opened and committed here).
    /// </summary>
    /// <exception cref="InvalidOperationException">A fact has no registered handler: a wiring mistake, nothing is saved.</exception>
    Task<int> SaveChangesAsync(DbContext db, IReadOnlyCollection<object> facts, CancellationToken cancellationToken = default);
}

public sealed class Outbox(OutboxHandlers handlers, IClock clock, IOptions<DatabaseOptions> databaseOptions) : IOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> SaveChangesAsync(DbContext db, IReadOnlyCollection<object> facts, CancellationToken cancellationToken = default)
    {
        if (facts.Count == 0) return await db.SaveChangesAsync(cancellationToken);
        var messages = facts.SelectMany(Messages).ToList();

        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await db.SaveChangesAsync(cancellationToken);
            var now = clock.UtcNow;
            foreach (var message in messages) (message.CreatedAt, message.AvailableAt) = (now, now);
            await using (var platform = OnSameTransaction(db))
            {
                platform.Outbox.AddRange(messages);
                await platform.SaveChangesAsync(cancellationToken);
            }
            if (owned is not null) await owned.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (owned is not null) await owned.DisposeAsync();
        }
    }

    private IEnumerable<OutboxMessage> Messages(object fact)
    {
        var registered = handlers.For(fact.GetType());
        if (registered.Count == 0) throw new InvalidOperationException($"No outbox handler is registered for {fact.GetType().Name}.");
        var payload = JsonSerializer.Serialize(fact, fact.GetType(), Json);
        return registered.Select(h => new OutboxMessage { EventType = fact.GetType().FullName!, Handler = h.Name, Payload = payload });
    }

    private PlatformDbContext OnSameTransaction(DbContext source)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        DatabaseSetup.Configure(builder, databaseOptions.Value, PlatformDbContext.Schema, source.Database.GetDbConnection());
        var platform = new PlatformDbContext(builder.Options);
        platform.Database.UseTransaction(source.Database.CurrentTransaction!.GetDbTransaction());
        return platform;
    }
}

/// <summary>One named outbox handler: its event type and how a stored payload reaches it (no lookup by class name).</summary>
public sealed record OutboxHandlerRegistration(string Name, Type EventType, Func<IServiceProvider, string, CancellationToken, Task> Deliver);

/// <summary>Every named outbox handler of the application, as registered in code by the modules.</summary>
public sealed class OutboxHandlers
{
    private readonly Dictionary<string, OutboxHandlerRegistration> _byName;

    public OutboxHandlers(IEnumerable<OutboxHandlerRegistration> registrations)
    {
        _byName = [];
        foreach (var registration in registrations)
            if (!_byName.TryAdd(registration.Name, registration))
                throw new InvalidOperationException($"Two outbox handlers are registered as '{registration.Name}'.");
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public OutboxHandlerRegistration? Find(string name) => _byName.GetValueOrDefault(name);

    public IReadOnlyList<OutboxHandlerRegistration> For(Type eventType) => _byName.Values.Where(r => r.EventType == eventType).ToList();
}

public static class OutboxRegistration
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) as the outbox handler named <paramref name="name"/> for
    /// <typeparamref name="TEvent"/>. The name is stored with every message: keep it stable once messages exist.
    /// </summary>
    public static IServiceCollection AddOutboxHandler<TEvent, THandler>(this IServiceCollection services, string name)
        where TEvent : notnull
        where THandler : class, IOutboxHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new OutboxHandlerRegistration(name, typeof(TEvent), (provider, payload, ct) =>
            provider.GetRequiredService<THandler>().HandleAsync(JsonSerializer.Deserialize<TEvent>(payload, Json)!, ct)));
        return services;
    }
}

/// <summary>The delivery being handled, for handlers that need an idempotency key (e.g. an SMS gateway).</summary>
public sealed class OutboxDelivery
{
    public Guid? MessageId { get; internal set; }
    public int Attempt { get; internal set; }
}
