using Dalad.Oversight.Domain;
using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Oversight.Data;

public sealed class OversightDbContext(DbContextOptions<OversightDbContext> options, DataScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "oversight";

    protected override string Schema => SchemaName;

    public DbSet<Supervision> Supervisions => Set<Supervision>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Supervision>(b =>
        {
            b.ToTable("Supervisions");
            b.Property(x => x.BodyCode).HasMaxLength(64);
            b.Property(x => x.Subject).HasMaxLength(16);
            b.Property(x => x.SubjectRef).HasMaxLength(Supervision.MaxRefLength);
            b.Property(x => x.Text).HasMaxLength(Supervision.MaxTextLength);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.Answer).HasMaxLength(Supervision.MaxTextLength);
            b.Property(x => x.AnsweredBy).HasMaxLength(256);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => new { x.BodyCode, x.Status });
            b.HasIndex(x => x.RaisedAt);
            // A body sees only its own 督办; the joint office sees all.
            b.HasQueryFilter(s => SeesAllBodies || VisibleBodyCodes.Contains(s.BodyCode));
        });

        modelBuilder.Entity<Interview>(b =>
        {
            b.ToTable("Interviews");
            b.Property(x => x.BodyCode).HasMaxLength(64);
            b.Property(x => x.People).HasMaxLength(Interview.MaxTextLength);
            b.Property(x => x.Reason).HasMaxLength(Interview.MaxTextLength);
            b.Property(x => x.Rectification).HasMaxLength(Interview.MaxTextLength);
            b.Property(x => x.FollowUp).HasMaxLength(Interview.MaxTextLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => new { x.BodyCode, x.Date });
            b.HasIndex(x => x.Date);
            b.HasQueryFilter(s => SeesAllBodies || VisibleBodyCodes.Contains(s.BodyCode));
        });

        modelBuilder.Entity<Referral>(b =>
        {
            b.ToTable("Referrals");
            b.Property(x => x.BodyCode).HasMaxLength(64);
            b.Property(x => x.Reason).HasMaxLength(Referral.MaxTextLength);
            b.Property(x => x.CaseNumbers).HasMaxLength(Referral.MaxTextLength);
            b.Property(x => x.Outcome).HasMaxLength(Referral.MaxTextLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => new { x.BodyCode, x.Date });
            b.HasIndex(x => x.Date);
            b.HasQueryFilter(s => SeesAllBodies || VisibleBodyCodes.Contains(s.BodyCode));
        });

        // The monthly report covers every body: no body filter (read access is the MonthlyReports permission).
        modelBuilder.Entity<MonthlyReport>(b =>
        {
            b.ToTable("MonthlyReports");
            b.Property(x => x.Month).HasMaxLength(7);
            b.Property(x => x.GeneratedBy).HasMaxLength(256);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => x.Month).IsUnique();
        });

        base.OnModelCreating(modelBuilder);
    }
}

public sealed class OversightDesignTimeFactory() : ModuleDesignTimeFactory<OversightDbContext>(OversightDbContext.SchemaName)
{
    protected override OversightDbContext Create(DbContextOptions<OversightDbContext> options, DataScope scope) => new(options, scope);
}
