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

    public required string OwnerBodyCode { get; set; }

    /// <summary>One of the register's kinds (see <see cref="RegisterDefinition.Kinds"/>).</summary>
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

/// <summary>
/// Base of a department plugin's DbContext: its register table (<c>RegisterEntries</c>) in the plugin's own schema.
/// A plugin's context is one line: <c>class HousingDbContext(…) : RegisterDbContext(options, scope)</c> plus its schema.
/// </summary>
public abstract class RegisterDbContext(DbContextOptions options, DataScope scope) : ModuleDbContext(options, scope)
{
    public DbSet<RegisterEntry> Entries => Set<RegisterEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RegisterEntry>(b =>
        {
            b.ToTable("RegisterEntries");
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
            b.HasIndex(e => new { e.OwnerBodyCode, e.Kind, e.Name }).IsUnique();
        });
        base.OnModelCreating(modelBuilder);
    }
}
