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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Body>(b =>
        {
            b.ToTable("Bodies");
            b.Property(x => x.Code).HasMaxLength(Body.MaxCodeLength);
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Name).HasMaxLength(Body.MaxNameLength);
            b.Property(x => x.Kind).HasMaxLength(32);
            b.Property(x => x.Duty).HasMaxLength(1024);
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
