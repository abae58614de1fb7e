using Microsoft.EntityFrameworkCore;

namespace Dalad.Platform.Data;

/// <summary>Entities that record who created and last changed them, and when (UTC). Filled in on save.</summary>
public interface IAuditedEntity
{
    DateTime CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTime? LastModifiedAt { get; set; }
    string? LastModifiedBy { get; set; }
}

/// <summary>Convenience base for entities with a Guid key and audit fields.</summary>
public abstract class AuditedEntity : IAuditedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? LastModifiedAt { get; set; }
    public string? LastModifiedBy { get; set; }
}

/// <summary>Properties whose values never appear in the audit log (passwords, phone and ID numbers).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveDataAttribute : Attribute;

/// <summary>Entities whose changes are not audited (token bookkeeping, the audit log itself).</summary>
public interface IAuditExempt;

/// <summary>One change to one entity.</summary>
public sealed class AuditLogEntry : IAuditExempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateTime Time { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; set; }

    /// <summary>JSON: property → new value (added), {old,new} (modified).</summary>
    public string? Changes { get; set; }
}

/// <summary>
/// The platform's own tables: the audit log (written in the same transaction as the change it records), the outbox of
/// integration events and notices (written with the change that raised them), and the schedule of recurring jobs.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public const string Schema = "platform";

    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<Messaging.OutboxMessage> Outbox => Set<Messaging.OutboxMessage>();
    public DbSet<Jobs.JobSchedule> JobSchedules => Set<Jobs.JobSchedule>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditLogEntry>(b =>
        {
            b.ToTable("AuditLog");
            b.Property(e => e.EntityType).HasMaxLength(128);
            b.Property(e => e.EntityId).HasMaxLength(128);
            b.Property(e => e.Action).HasMaxLength(16);
            b.Property(e => e.UserName).HasMaxLength(256);
            b.HasIndex(e => new { e.EntityType, e.EntityId });
            b.HasIndex(e => e.Time);
        });
        modelBuilder.Entity<Messaging.OutboxMessage>(b =>
        {
            b.ToTable("Outbox");
            b.Property(m => m.EventType).HasMaxLength(512);
            b.Property(m => m.Handler).HasMaxLength(512);
            b.Property(m => m.LockedBy).HasMaxLength(64);
            b.Property(m => m.LastError).HasMaxLength(2000);
            b.HasIndex(m => new { m.ProcessedAt, m.AvailableAt });
        });
        modelBuilder.Entity<Jobs.JobSchedule>(b =>
        {
            b.ToTable("JobSchedules");
            b.HasKey(j => j.Name);
            b.Property(j => j.Name).HasMaxLength(128);
            b.Property(j => j.LockedBy).HasMaxLength(64);
            b.Property(j => j.LastError).HasMaxLength(2000);
        });
        modelBuilder.ApplyModuleConventions(Schema, Database.IsSqlite());
    }
}

public sealed class PlatformDesignTimeFactory() : ModuleDesignTimeFactory<PlatformDbContext>(PlatformDbContext.Schema)
{
    protected override PlatformDbContext Create(DbContextOptions<PlatformDbContext> options, Security.DataScope scope) => new(options);
}
