using System.Text.Json;
using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Dalad.Projects.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dalad.Projects.Data;

public sealed class ProjectsDbContext(DbContextOptions<ProjectsDbContext> options, DataScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "projects";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override string Schema => SchemaName;

    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ContractorAdvance> Advances => Set<ContractorAdvance>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Warning> Warnings => Set<Warning>();
    public DbSet<WarningRule> Rules => Set<WarningRule>();
    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();
    public DbSet<PayRecord> Payments => Set<PayRecord>();

    // Advances and inspections are read through their (filtered) project, or in a system scope (the warning job).
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Project>(b =>
        {
            b.ToTable("Projects");
            b.Property(x => x.Name).HasMaxLength(Project.MaxNameLength);
            b.HasIndex(x => x.Name);
            b.Property(x => x.Aliases).HasConversion(JsonConverter<List<string>>()).Metadata.SetValueComparer(JsonComparer<List<string>>());
            b.Property(x => x.Subcontractors).HasConversion(JsonConverter<List<Subcontractor>>()).Metadata.SetValueComparer(JsonComparer<List<Subcontractor>>());
            b.Property(x => x.TypeCode).HasMaxLength(16);
            b.Property(x => x.TerritoryCode).HasMaxLength(16);
            b.Property(x => x.Address).HasMaxLength(Project.MaxTextLength);
            b.Property(x => x.IndustryBodyCode).HasMaxLength(64);
            b.Property(x => x.TerritorialBodyCode).HasMaxLength(64);
            b.HasIndex(x => x.IndustryBodyCode);
            b.HasIndex(x => x.TerritorialBodyCode);
            b.Property(x => x.Builder).HasMaxLength(Project.MaxPartyLength);
            b.Property(x => x.GeneralContractor).HasMaxLength(Project.MaxPartyLength);
            b.Property(x => x.FundingSource).HasMaxLength(Project.MaxPartyLength);
            b.Property(x => x.PaymentGuarantee).HasMaxLength(Project.MaxTextLength);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.ComplexProperty(x => x.WageAccount, a =>
            {
                a.Property(x => x.Bank).HasMaxLength(Project.MaxPartyLength).HasColumnName("AccountBank");
                a.Property(x => x.AccountNumber).HasMaxLength(64).HasColumnName("AccountNumber");
                a.Property(x => x.OpenedOn).HasColumnName("AccountOpenedOn");
                a.Property(x => x.TripartiteAgreementDate).HasColumnName("AccountAgreementDate");
            });
            b.ComplexProperty(x => x.WageDeposit, d =>
            {
                d.Property(x => x.Amount).HasPrecision(14, 2).HasColumnName("DepositAmount");
                d.Property(x => x.Form).HasMaxLength(32).HasColumnName("DepositForm");
                d.Property(x => x.Issuer).HasMaxLength(Project.MaxPartyLength).HasColumnName("DepositIssuer");
                d.Property(x => x.ExpiresOn).HasColumnName("DepositExpiresOn");
                d.Property(x => x.PaidOn).HasColumnName("DepositPaidOn");
                d.Property(x => x.AccountNumber).HasMaxLength(64).HasColumnName("DepositAccountNumber");
            });
            b.HasMany(x => x.Advances).WithOne().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.Inspections).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
            // A project belongs to both of its owners, like a case.
            b.HasQueryFilter(p => SeesAllBodies || VisibleBodyCodes.Contains(p.IndustryBodyCode) || VisibleBodyCodes.Contains(p.TerritorialBodyCode));
        });

        modelBuilder.Entity<ContractorAdvance>(b =>
        {
            b.ToTable("ContractorAdvances");
            b.Property(x => x.Amount).HasPrecision(14, 2);
            b.Property(x => x.Contractor).HasMaxLength(Project.MaxPartyLength);
            b.Property(x => x.Remarks).HasMaxLength(Project.MaxTextLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => x.ProjectId);
        });

        modelBuilder.Entity<Inspection>(b =>
        {
            b.ToTable("Inspections");
            b.Property(x => x.Inspector).HasMaxLength(64);
            b.Property(x => x.Findings).HasMaxLength(Project.MaxTextLength);
            b.Property(x => x.Checklist).HasConversion(JsonConverter<List<ChecklistResult>>()).Metadata.SetValueComparer(JsonComparer<List<ChecklistResult>>());
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => new { x.ProjectId, x.Date });
        });

        modelBuilder.Entity<Warning>(b =>
        {
            b.ToTable("Warnings");
            b.Property(x => x.ProjectName).HasMaxLength(Project.MaxNameLength);
            b.Property(x => x.RuleKey).HasMaxLength(32);
            b.Property(x => x.FactKey).HasMaxLength(64);
            // Never raised twice for the same fact, even by two instances evaluating at once.
            b.HasIndex(x => new { x.ProjectId, x.RuleKey, x.FactKey }).IsUnique();
            b.Property(x => x.Severity).HasMaxLength(16);
            b.Property(x => x.Status).HasMaxLength(16);
            b.HasIndex(x => x.Status);
            b.Property(x => x.Evidence).HasConversion(JsonConverter<List<WarningEvidence>>()).Metadata.SetValueComparer(JsonComparer<List<WarningEvidence>>());
            b.Property(x => x.IndustryBodyCode).HasMaxLength(64);
            b.Property(x => x.TerritorialBodyCode).HasMaxLength(64);
            b.HasIndex(x => x.IndustryBodyCode);
            b.HasIndex(x => x.TerritorialBodyCode);
            b.Property(x => x.HandledNote).HasMaxLength(Warning.MaxNoteLength);
            b.Property(x => x.HandledBy).HasMaxLength(256);
            b.Property(x => x.ClosedNote).HasMaxLength(Warning.MaxNoteLength);
            b.Property(x => x.ClosedBy).HasMaxLength(256);
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasQueryFilter(w => SeesAllBodies || VisibleBodyCodes.Contains(w.IndustryBodyCode) || VisibleBodyCodes.Contains(w.TerritorialBodyCode));
        });

        modelBuilder.Entity<WarningRule>(b =>
        {
            b.ToTable("WarningRules");
            b.Property(x => x.Key).HasMaxLength(32);
            b.HasIndex(x => x.Key).IsUnique();
            b.Property(x => x.Severity).HasMaxLength(16);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        // Workers, attendance and pay are read through their (filtered) project, or in a system scope (the warning job).
        modelBuilder.Entity<Worker>(b =>
        {
            b.ToTable("Workers");
            b.Property(x => x.Name).HasMaxLength(Worker.MaxNameLength);
            b.Property(x => x.IdNumber).HasMaxLength(18);
            b.HasIndex(x => new { x.ProjectId, x.IdNumber }).IsUnique();
            b.Property(x => x.Team).HasMaxLength(64);
            b.Property(x => x.Subcontractor).HasMaxLength(Project.MaxPartyLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AttendanceRecord>(b =>
        {
            b.ToTable("Attendance");
            b.Property(x => x.DeviceId).HasMaxLength(64);
            b.Property(x => x.Month).HasMaxLength(7);
            // Idempotent import: a clock-in is stored once, however often its file is sent (ON CONFLICT DO NOTHING). The
            // worker first: it serves the foreign key too, and one project's import touches few pages.
            b.HasIndex(x => new { x.WorkerId, x.DeviceId, x.Time }).IsUnique();
            // Days worked per worker and month (the pay rule, the project page) read from the index alone.
            b.HasIndex(x => new { x.ProjectId, x.Month, x.WorkerId, x.Date });
            b.HasOne<Worker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PayRecord>(b =>
        {
            b.ToTable("Payments");
            b.Property(x => x.Month).HasMaxLength(7);
            b.Property(x => x.Amount).HasPrecision(14, 2);
            b.HasIndex(x => new { x.WorkerId, x.Month }).IsUnique();
            b.HasIndex(x => new { x.ProjectId, x.Month });
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasOne<Worker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Cascade);
        });

        base.OnModelCreating(modelBuilder);
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> JsonConverter<T>() where T : new() =>
        new(v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<T>(v, Json) ?? new T());

    private static ValueComparer<T> JsonComparer<T>() where T : new() =>
        new((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json) ?? new T());
}

public sealed class ProjectsDesignTimeFactory() : ModuleDesignTimeFactory<ProjectsDbContext>(ProjectsDbContext.SchemaName)
{
    protected override ProjectsDbContext Create(DbContextOptions<ProjectsDbContext> options, DataScope scope) => new(options, scope);
}
