using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Dalad.Responsibility.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Responsibility.Data;

public sealed class ResponsibilityDbContext(DbContextOptions<ResponsibilityDbContext> options, DataScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "responsibility";

    protected override string Schema => SchemaName;

    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<TerritoryAlias> TerritoryAliases => Set<TerritoryAlias>();
    public DbSet<Village> Villages => Set<Village>();
    public DbSet<ScopeItem> ScopeItems => Set<ScopeItem>();
    public DbSet<ScopeKeyword> ScopeKeywords => Set<ScopeKeyword>();
    public DbSet<MatrixChange> MatrixChanges => Set<MatrixChange>();
    public DbSet<DutyAssignment> DutyAssignments => Set<DutyAssignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Body>(b =>
        {
            b.ToTable("Bodies");
            b.Property(x => x.Code).HasMaxLength(Body.MaxCodeLength);
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Name).HasMaxLength(Body.MaxNameLength);
            b.Property(x => x.Kind).HasMaxLength(32);
            b.Property(x => x.Duty).HasMaxLength(Body.MaxDutyLength);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<Territory>(b =>
        {
            b.ToTable("Territories");
            b.Property(x => x.Code).HasMaxLength(9);
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Name).HasMaxLength(Territory.MaxNameLength);
            b.Property(x => x.Kind).HasMaxLength(16);
            b.Property(x => x.BodyCode).HasMaxLength(Body.MaxCodeLength);
            b.HasIndex(x => x.BodyCode);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasMany(x => x.Aliases).WithOne().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.Villages).WithOne().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TerritoryAlias>(b =>
        {
            b.ToTable("TerritoryAliases");
            b.Property(x => x.Alias).HasMaxLength(TerritoryAlias.MaxLength);
            // An alias names one territory only, or an address would be ambiguous.
            b.HasIndex(x => x.Alias).IsUnique();
        });
        modelBuilder.Entity<Village>(b =>
        {
            b.ToTable("Villages");
            b.Property(x => x.Name).HasMaxLength(Village.MaxNameLength);
            b.Property(x => x.Kind).HasMaxLength(16);
            b.Property(x => x.Code).HasMaxLength(12);
            b.HasIndex(x => new { x.TerritoryId, x.Name }).IsUnique();
        });
        modelBuilder.Entity<ScopeItem>(b =>
        {
            b.ToTable("ScopeItems");
            b.Property(x => x.BodyCode).HasMaxLength(Body.MaxCodeLength);
            b.Property(x => x.Sector).HasMaxLength(ScopeItem.MaxSectorLength);
            b.HasIndex(x => new { x.BodyCode, x.Sector }).IsUnique();
            b.Property(x => x.SourceText).HasMaxLength(ScopeItem.MaxSourceTextLength);
            b.Property(x => x.IndustryCodes).HasMaxLength(ScopeItem.MaxIndustryCodesLength).HasDefaultValue("");
            b.Ignore(x => x.IndustryCodeList);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasMany(x => x.Keywords).WithOne().HasForeignKey(x => x.ScopeItemId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ScopeKeyword>(b =>
        {
            b.ToTable("ScopeKeywords");
            b.Property(x => x.Keyword).HasMaxLength(ScopeKeyword.MaxLength);
            b.HasIndex(x => new { x.ScopeItemId, x.Keyword }).IsUnique();
        });
        modelBuilder.Entity<MatrixChange>(b =>
        {
            b.ToTable("MatrixChanges");
            b.HasKey(x => x.Version);
            b.Property(x => x.Version).ValueGeneratedOnAdd();
            b.Property(x => x.UserName).HasMaxLength(256);
            b.Property(x => x.Basis).HasMaxLength(MatrixChange.MaxBasisLength);
            b.Property(x => x.Action).HasMaxLength(32);
            b.Property(x => x.EntityType).HasMaxLength(32);
            b.Property(x => x.EntityKey).HasMaxLength(64);
            b.Property(x => x.BodyCode).HasMaxLength(Body.MaxCodeLength);
            b.HasIndex(x => new { x.EntityType, x.EntityKey, x.Version });
            b.HasIndex(x => x.Time);
            b.HasIndex(x => x.BodyCode);
        });
        modelBuilder.Entity<DutyAssignment>(b =>
        {
            b.ToTable("DutyAssignments");
            b.Property(x => x.Role).HasMaxLength(DutyAssignment.MaxRoleLength);
            b.HasIndex(x => x.Role).IsUnique();
            b.Property(x => x.BodyCode).HasMaxLength(Body.MaxCodeLength);
            b.HasIndex(x => x.BodyCode);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class ResponsibilityDesignTimeFactory() : ModuleDesignTimeFactory<ResponsibilityDbContext>(ResponsibilityDbContext.SchemaName)
{
    protected override ResponsibilityDbContext Create(DbContextOptions<ResponsibilityDbContext> options, DataScope scope) => new(options, scope);
}
