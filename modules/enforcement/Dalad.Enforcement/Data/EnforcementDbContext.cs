using System.Text.Json;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dalad.Enforcement.Data;

public sealed class EnforcementDbContext(DbContextOptions<EnforcementDbContext> options, DataScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "enforcement";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override string Schema => SchemaName;

    public DbSet<ArrearsFinding> Findings => Set<ArrearsFinding>();
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<CreditCheck> Checks => Set<CreditCheck>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ArrearsFinding>(b =>
        {
            b.ToTable("ArrearsFindings");
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            // One finding per case: recording it twice would count it twice.
            b.HasIndex(x => x.CaseNumber).IsUnique();
            b.Property(x => x.EmployerName).HasMaxLength(ArrearsFinding.MaxNameLength);
            b.Property(x => x.NormalisedName).HasMaxLength(ArrearsFinding.MaxNameLength);
            b.HasIndex(x => x.NormalisedName);
            b.Property(x => x.CreditCode).HasMaxLength(18);
            b.HasIndex(x => x.CreditCode);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<Listing>(b =>
        {
            b.ToTable("Listings");
            b.Property(x => x.EmployerName).HasMaxLength(ArrearsFinding.MaxNameLength);
            b.Property(x => x.CreditCode).HasMaxLength(18);
            b.HasIndex(x => x.CreditCode);
            b.Property(x => x.Status).HasMaxLength(16);
            b.HasIndex(x => x.Status);
            b.Property(x => x.ProposalReasons).HasMaxLength(Listing.MaxReasonsLength);
            b.Property(x => x.ProposedBy).HasMaxLength(256);
            b.Property(x => x.DecisionReasons).HasMaxLength(Listing.MaxReasonsLength);
            b.Property(x => x.DecidedBy).HasMaxLength(256);
            b.Property(x => x.Restrictions).HasConversion(
                    v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<string>>(v, Json) ?? new List<string>())
                .HasMaxLength(256)
                .Metadata.SetValueComparer(new ValueComparer<List<string>>((a, c) => a!.SequenceEqual(c!), v => string.Join(",", v).GetHashCode(StringComparison.Ordinal), v => v.ToList()));
            b.Property(x => x.RemovalReasons).HasMaxLength(Listing.MaxReasonsLength);
            b.Property(x => x.RemovedBy).HasMaxLength(256);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Ignore(x => x.RepairPeriodEndsOn);
            b.Ignore(x => x.ExpiresOn);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<CreditCheck>(b =>
        {
            b.ToTable("CreditChecks");
            b.Property(x => x.CreditCode).HasMaxLength(18);
            b.HasIndex(x => x.CreditCode);
            b.Property(x => x.CheckedBy).HasMaxLength(256);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        base.OnModelCreating(modelBuilder);
    }
}

public sealed class EnforcementDesignTimeFactory() : ModuleDesignTimeFactory<EnforcementDbContext>(EnforcementDbContext.SchemaName)
{
    protected override EnforcementDbContext Create(DbContextOptions<EnforcementDbContext> options, DataScope scope) => new(options, scope);
}
