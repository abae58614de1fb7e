using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Platform.Registers;

/// <summary>
/// One entry of a department register: an enterprise, a project, a mine, an operator, a village… Owned by one body
/// (the department, the zone or the township), so only that body's users, the joint office and administrators see it.
/// </summary>
public sealed class RegisterEntry : AuditedEntity, IBodyOwned
{
    public const int MaxNameLength = 200;
    public const int MaxAliases = 20;
    public const int MaxAttributes = 20;
    public const int MaxAttributeKeyLength = 64;
    public const int MaxAttributeValueLength = 500;

    /// <summary>The department whose register this is (<see cref="DepartmentDefinition.Key"/>).</summary>
    public required string Department { get; set; }

    public required string OwnerBodyCode { get; set; }

    /// <summary>One of the register's kinds (see <see cref="DepartmentDefinition.Kinds"/>).</summary>
    public required string Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>Other names it goes by, one per line (routing matches them in complaints too).</summary>
    public string Aliases { get; set; } = "";

    /// <summary>9-digit territory code of where it is, if known.</summary>
    public string? TerritoryCode { get; set; }

    /// <summary>The industry owner this entry implies (e.g. energy for a coal mine), if any.</summary>
    public string? IndustryBodyCode { get; set; }

    /// <summary>Extra columns (licence number, address…) as a JSON object of strings.</summary>
    public string? Attributes { get; set; }

    public bool IsActive { get; set; } = true;

    public IReadOnlyList<string> AliasList => Aliases.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A stored department definition (<see cref="DepartmentDefinition"/> as JSON).</summary>
public sealed class StoredDepartmentDefinition : IAuditedEntity
{
    public const string RunTimeSource = "run-time";

    public required string Key { get; set; }

    /// <summary>The definition as JSON (<see cref="DepartmentDefinition.ToJson"/>).</summary>
    public required string Definition { get; set; }

    /// <summary><see cref="RunTimeSource"/>, or the plugin that ships it (its assembly name): active only while it is loaded.</summary>
    public required string Source { get; set; }

    /// <summary>For a plugin's: its definition as last seeded, so a start re-applies it only when the plugin changed it.</summary>
    public string? SeededDefinition { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? LastModifiedAt { get; set; }
    public string? LastModifiedBy { get; set; }
}

/// <summary>One change to a department definition, kept for good (who, when, what it became and why), like the matrix history.</summary>
public sealed class DepartmentDefinitionChange : AuditedEntity
{
    public required string Key { get; set; }

    /// <summary>created, updated, seeded.</summary>
    public required string Action { get; set; }

    /// <summary>The definition after the change, as JSON.</summary>
    public required string Definition { get; set; }

    /// <summary>Why (a document number or a note), if given.</summary>
    public string? Basis { get; set; }
}

/// <summary>
/// The registers' database: every department's entries in one table keyed by department and kind, and the department
/// definitions (schema <c>registers</c> on PostgreSQL, prefix <c>registers_</c> on SQLite).
/// </summary>
public sealed class RegistersDbContext(DbContextOptions<RegistersDbContext> options, DataScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "registers";

    protected override string Schema => SchemaName;

    public DbSet<RegisterEntry> Entries => Set<RegisterEntry>();
    public DbSet<StoredDepartmentDefinition> Definitions => Set<StoredDepartmentDefinition>();
    public DbSet<DepartmentDefinitionChange> DefinitionChanges => Set<DepartmentDefinitionChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RegisterEntry>(b =>
        {
            b.ToTable("RegisterEntries");
            b.Property(e => e.Department).HasMaxLength(40);
            b.Property(e => e.OwnerBodyCode).HasMaxLength(64);
            b.Property(e => e.Kind).HasMaxLength(64);
            b.Property(e => e.Name).HasMaxLength(RegisterEntry.MaxNameLength);
            b.Property(e => e.Aliases).HasMaxLength(4000);
            b.Property(e => e.TerritoryCode).HasMaxLength(9);
            b.Property(e => e.IndustryBodyCode).HasMaxLength(64);
            b.Property(e => e.Attributes).HasMaxLength(16000);
            b.Property(e => e.CreatedBy).HasMaxLength(256);
            b.Property(e => e.LastModifiedBy).HasMaxLength(256);
            b.Ignore(e => e.AliasList);
            // Re-importing a sheet matches on these, so the database refuses a second copy too.
            b.HasIndex(e => new { e.Department, e.OwnerBodyCode, e.Kind, e.Name }).IsUnique();
        });
        modelBuilder.Entity<StoredDepartmentDefinition>(b =>
        {
            b.ToTable("DepartmentDefinitions");
            b.HasKey(d => d.Key);
            b.Property(d => d.Key).HasMaxLength(40);
            b.Property(d => d.Source).HasMaxLength(200);
            b.Property(d => d.CreatedBy).HasMaxLength(256);
            b.Property(d => d.LastModifiedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<DepartmentDefinitionChange>(b =>
        {
            b.ToTable("DepartmentDefinitionChanges");
            b.Property(d => d.Key).HasMaxLength(40);
            b.Property(d => d.Action).HasMaxLength(20);
            b.Property(d => d.Basis).HasMaxLength(500);
            b.Property(d => d.CreatedBy).HasMaxLength(256);
            b.Property(d => d.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(d => new { d.Key, d.CreatedAt });
        });
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class RegistersDesignTimeFactory() : ModuleDesignTimeFactory<RegistersDbContext>(RegistersDbContext.SchemaName)
{
    protected override RegistersDbContext Create(DbContextOptions<RegistersDbContext> options, DataScope scope) => new(options, scope);
}
