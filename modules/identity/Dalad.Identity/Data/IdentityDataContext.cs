using Dalad.Identity.Domain;
using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Identity.Data;

/// <summary>The identity module's tables: users, roles, body membership, permission grants and OpenIddict's stores.</summary>
public sealed class IdentityDataContext(DbContextOptions<IdentityDataContext> options) : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public const string Schema = "identity";

    public DbSet<UserBody> UserBodies => Set<UserBody>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();

        builder.Entity<AppUser>(b =>
        {
            b.Property(u => u.Name).HasMaxLength(64);
            b.Property(u => u.Surname).HasMaxLength(64);
            b.Property(u => u.CreatedBy).HasMaxLength(256);
            b.Property(u => u.LastModifiedBy).HasMaxLength(256);
            b.HasMany(u => u.Bodies).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AppRole>(b =>
        {
            b.Property(r => r.CreatedBy).HasMaxLength(256);
            b.Property(r => r.LastModifiedBy).HasMaxLength(256);
        });
        builder.Entity<UserBody>(b =>
        {
            b.ToTable("UserBodies");
            b.HasKey(m => new { m.UserId, m.BodyCode });
            b.Property(m => m.BodyCode).HasMaxLength(64);
            b.HasIndex(m => m.BodyCode);
        });
        builder.Entity<PermissionGrant>(b =>
        {
            b.ToTable("PermissionGrants");
            b.Property(g => g.Name).HasMaxLength(128);
            b.Property(g => g.ProviderName).HasMaxLength(8);
            b.Property(g => g.ProviderKey).HasMaxLength(64);
            b.HasIndex(g => new { g.ProviderName, g.ProviderKey, g.Name }).IsUnique();
        });

        builder.ApplyModuleConventions(Schema, Database.IsSqlite());
    }
}

public sealed class IdentityDesignTimeFactory() : ModuleDesignTimeFactory<IdentityDataContext>(IdentityDataContext.Schema)
{
    protected override IdentityDataContext Create(DbContextOptions<IdentityDataContext> options, DataScope scope) => new(options);
}
