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
    public DbSet<AssessmentRuleSet> AssessmentRuleSets => Set<AssessmentRuleSet>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentAction> AssessmentActions => Set<AssessmentAction>();
    public DbSet<DrawEmployer> DrawEmployers => Set<DrawEmployer>();
    public DbSet<DrawInspector> DrawInspectors => Set<DrawInspector>();
    public DbSet<Draw> Draws => Set<Draw>();
    public DbSet<DrawInspection> DrawInspections => Set<DrawInspection>();

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

        ConfigureAssessments(modelBuilder);
        ConfigureDraws(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }

    private void ConfigureAssessments(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AssessmentRuleSet>(b =>
        {
            b.ToTable("AssessmentRuleSets");
            b.Property(x => x.Note).HasMaxLength(500);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => x.Version).IsUnique();
        });
        modelBuilder.Entity<Assessment>(b =>
        {
            b.ToTable("Assessments");
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => new { x.Year, x.ComputedAt });
        });
        modelBuilder.Entity<AssessmentAction>(b =>
        {
            b.ToTable("AssessmentActions");
            b.Property(x => x.SubjectCode).HasMaxLength(64);
            b.Property(x => x.SubjectKind).HasMaxLength(16);
            b.Property(x => x.BodyCode).HasMaxLength(64);
            b.Property(x => x.Kind).HasMaxLength(16);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.Text).HasMaxLength(AssessmentAction.MaxTextLength);
            b.Property(x => x.Note).HasMaxLength(AssessmentAction.MaxTextLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => new { x.AssessmentId, x.SubjectCode });
            b.HasIndex(x => new { x.BodyCode, x.Status });
            b.HasQueryFilter(s => SeesAllBodies || VisibleBodyCodes.Contains(s.BodyCode));
        });
    }

    private static void ConfigureDraws(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DrawEmployer>(b =>
        {
            b.ToTable("DrawEmployers");
            b.Property(x => x.CreditCode).HasMaxLength(18);
            b.Property(x => x.Name).HasMaxLength(DrawEmployer.MaxNameLength);
            b.Property(x => x.IndustryCode).HasMaxLength(8);
            b.Property(x => x.TerritoryCode).HasMaxLength(12);
            b.Property(x => x.RegisteredByBodyCode).HasMaxLength(64);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => x.CreditCode).IsUnique();
        });
        modelBuilder.Entity<DrawInspector>(b =>
        {
            b.ToTable("DrawInspectors");
            b.Property(x => x.Name).HasMaxLength(DrawInspector.MaxNameLength);
            b.Property(x => x.BodyCode).HasMaxLength(64);
            b.Property(x => x.Conflicts).HasMaxLength(2000);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<Draw>(b =>
        {
            b.ToTable("Draws");
            b.Property(x => x.Title).HasMaxLength(Draw.MaxTitleLength);
            b.Property(x => x.Seed).HasMaxLength(128);
            b.Property(x => x.Sections).HasMaxLength(32);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => x.DrawnAt);
        });
        modelBuilder.Entity<DrawInspection>(b =>
        {
            b.ToTable("DrawInspections");
            b.Property(x => x.CreditCode).HasMaxLength(18);
            b.Property(x => x.Outcome).HasMaxLength(16);
            b.Property(x => x.Summary).HasMaxLength(DrawInspection.MaxTextLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => new { x.DrawId, x.CreditCode }).IsUnique();
        });
    }
}

public sealed class OversightDesignTimeFactory() : ModuleDesignTimeFactory<OversightDbContext>(OversightDbContext.SchemaName)
{
    protected override OversightDbContext Create(DbContextOptions<OversightDbContext> options, DataScope scope) => new(options, scope);
}
