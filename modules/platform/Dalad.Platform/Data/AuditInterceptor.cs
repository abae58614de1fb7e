using System.Reflection;
using System.Text.Json;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Dalad.Platform.Data;

/// <summary>
/// Fills in audit fields and writes one audit log row per changed entity, in the same transaction as the change: if
/// the caller has no transaction, one is opened before the save and committed after these rows are written. (It writes
/// nothing else: outbox messages are written by <see cref="Messaging.IOutbox.SaveChangesAsync"/>, where they are raised.)
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, IClock clock, IOptions<DatabaseOptions> databaseOptions) : SaveChangesInterceptor
{
    // Chinese text stays readable in the log.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<DbContext, PendingAudit> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Prepare(context, () => context.Database.BeginTransaction());
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var pending = Prepare(context, null);
            if (pending is not null && context.Database.CurrentTransaction is null)
                pending.OwnedTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _pending.Remove(context, out var pending))
        {
            using var audit = CreateAuditContext(context);
            audit.AuditLog.AddRange(pending.Complete());
            audit.SaveChanges();
            pending.OwnedTransaction?.Commit();
            pending.OwnedTransaction?.Dispose();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.Remove(context, out var pending))
        {
            await using var audit = CreateAuditContext(context);
            audit.AuditLog.AddRange(pending.Complete());
            await audit.SaveChangesAsync(cancellationToken);
            if (pending.OwnedTransaction is not null)
            {
                await pending.OwnedTransaction.CommitAsync(cancellationToken);
                await pending.OwnedTransaction.DisposeAsync();
            }
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private void Abandon(DbContext? context)
    {
        if (context is not null && _pending.Remove(context, out var pending))
        {
            pending.OwnedTransaction?.Rollback();
            pending.OwnedTransaction?.Dispose();
        }
    }

    private PendingAudit? Prepare(DbContext context, Func<IDbContextTransaction>? beginTransaction)
    {
        if (context is PlatformDbContext) return null;
        var now = clock.UtcNow;
        var user = currentUser.IsAuthenticated ? currentUser.UserName : null;
        var changes = new List<(EntityEntry Entry, string Action, Dictionary<string, object?> Values)>();

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            if (entry.Entity is IAuditedEntity audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAt = now;
                    audited.CreatedBy = user;
                }
                else if (entry.State == EntityState.Modified)
                {
                    audited.LastModifiedAt = now;
                    audited.LastModifiedBy = user;
                }
            }

            if (entry.Entity is IAuditExempt || entry.Metadata.ClrType.Namespace?.StartsWith("OpenIddict", StringComparison.Ordinal) == true) continue;
            changes.Add((entry, entry.State.ToString(), DescribeChanges(entry)));
        }

        if (changes.Count == 0) return null;
        var pending = new PendingAudit(changes, now, currentUser.Id, user);
        if (beginTransaction is not null && context.Database.CurrentTransaction is null) pending.OwnedTransaction = beginTransaction();
        _pending[context] = pending;
        return pending;
    }

    private static Dictionary<string, object?> DescribeChanges(EntityEntry entry)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (entry.State == EntityState.Modified && !property.IsModified) continue;
            if (entry.State == EntityState.Deleted && !property.Metadata.IsPrimaryKey()) continue;
            // PhoneNumber: ASP.NET Core Identity's user carries it, and an inherited property cannot take our attribute.
            if (name is "PasswordHash" or "SecurityStamp" or "ConcurrencyStamp" or "PhoneNumber" || property.Metadata.PropertyInfo?.GetCustomAttribute<SensitiveDataAttribute>() is not null)
            {
                values[name] = "***";
                continue;
            }
            values[name] = entry.State == EntityState.Modified
                ? new { old = property.OriginalValue, @new = property.CurrentValue }
                : property.CurrentValue;
        }
        return values;
    }

    private PlatformDbContext CreateAuditContext(DbContext source)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        DatabaseSetup.Configure(builder, databaseOptions.Value, PlatformDbContext.Schema, source.Database.GetDbConnection());
        var audit = new PlatformDbContext(builder.Options);
        if (source.Database.CurrentTransaction is { } transaction) audit.Database.UseTransaction(transaction.GetDbTransaction());
        return audit;
    }

    private sealed class PendingAudit(List<(EntityEntry Entry, string Action, Dictionary<string, object?> Values)> changes, DateTime time, Guid? userId, string? userName)
    {
        public DateTime Time => time;

        public IDbContextTransaction? OwnedTransaction { get; set; }

        /// <summary>Builds the rows after the save, when generated keys are known.</summary>
        public IEnumerable<AuditLogEntry> Complete() => changes.Select(c => new AuditLogEntry
        {
            Time = time,
            UserId = userId,
            UserName = userName,
            EntityType = c.Entry.Metadata.ClrType.Name,
            EntityId = string.Join(",", c.Entry.Metadata.FindPrimaryKey()?.Properties.Select(p => c.Entry.Property(p.Name).CurrentValue?.ToString()) ?? []),
            Action = c.Action,
            Changes = c.Values.Count == 0 ? null : JsonSerializer.Serialize(c.Values, JsonOptions),
        }).ToList();
    }
}
