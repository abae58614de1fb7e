using Dalad.Cases.Domain;
using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dalad.Cases.Data;

public sealed class CasesDbContext(DbContextOptions<CasesDbContext> options, DataScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "cases";

    protected override string Schema => SchemaName;

    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseAssignment> Assignments => Set<CaseAssignment>();
    public DbSet<CaseTransfer> Transfers => Set<CaseTransfer>();
    public DbSet<CaseEvent> Events => Set<CaseEvent>();
    public DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();
    public DbSet<RoutingCorrection> Corrections => Set<RoutingCorrection>();
    public DbSet<LeadImport> Imports => Set<LeadImport>();
    public DbSet<LeadImportRow> ImportRows => Set<LeadImportRow>();
    public DbSet<CaseVisit> Visits => Set<CaseVisit>();
    public DbSet<SupervisionReminder> Reminders => Set<SupervisionReminder>();
    public DbSet<SmsLog> SmsLogs => Set<SmsLog>();
    public DbSet<LeadReminder> LeadReminders => Set<LeadReminder>();
    public DbSet<FigureRollup> FigureRollups => Set<FigureRollup>();
    public DbSet<FigureRollupMonth> FigureRollupMonths => Set<FigureRollupMonth>();

    /// <summary>
    /// The cases the current scope may see, written for the planner: no condition when it sees every body, else a
    /// semi-join on <c>CaseAssignments(BodyCode, CaseId)</c>. The query filter says the same as "sees all OR EXISTS",
    /// one plan for both, which defeats the indexes; reads over many cases (the inbox, its counts, the figures) start here.
    /// </summary>
    public IQueryable<Case> VisibleCases()
    {
        var cases = Cases.IgnoreQueryFilters().AsNoTracking();
        if (SeesAllBodies) return cases;
        var bodies = VisibleBodyCodes.ToList();
        return cases.Where(c => c.Assignments.Any(a => bodies.Contains(a.BodyCode)));
    }

    // Assignments, transfers and events are read through their (filtered) case, or in a system scope (indexing), so
    // EF's warning that a query of them could see rows of a filtered-out case does not apply here.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Lead>(b =>
        {
            b.ToTable("Leads");
            b.Property(x => x.Channel).HasMaxLength(16);
            b.Property(x => x.TicketNumber).HasMaxLength(Lead.MaxTicketNumberLength);
            b.HasIndex(x => new { x.Channel, x.TicketNumber }).IsUnique();
            b.Property(x => x.IntakeBodyCode).HasMaxLength(64);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.Text).HasMaxLength(Lead.MaxTextLength);
            b.Property(x => x.Address).HasMaxLength(Lead.MaxAddressLength);
            b.Property(x => x.ComplainantName).HasMaxLength(Lead.MaxNameLength);
            b.Property(x => x.Phone).HasMaxLength(20);
            b.Property(x => x.IdCardNumber).HasMaxLength(18);
            b.Property(x => x.Employer).HasMaxLength(Lead.MaxEmployerLength);
            b.Property(x => x.EmployerKey).HasMaxLength(Lead.MaxEmployerLength);
            b.HasIndex(x => new { x.Phone, x.EmployerKey, x.ReceivedAt });
            b.HasIndex(x => new { x.Status, x.DispatchOverdue });
            b.Property(x => x.Project).HasMaxLength(Lead.MaxEmployerLength);
            b.Property(x => x.AmountOwed).HasPrecision(14, 2);
            b.Property(x => x.ProposedTerritoryCode).HasMaxLength(16);
            b.Property(x => x.ProposedTerritorialBodyCode).HasMaxLength(64);
            b.Property(x => x.ProposedIndustryBodyCode).HasMaxLength(64);
            b.Property(x => x.CaseNumber).HasMaxLength(Case.MaxNumberLength);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => x.CaseId);
            b.HasIndex(x => x.RepeatOfLeadId);
            b.HasIndex(x => x.ReceivedAt);
            // The figures' roll-up finds what changed since a month was built (FigureRollupBuilder.TouchedMonthsAsync).
            b.HasIndex(x => x.CreatedAt);
            b.HasIndex(x => x.LastModifiedAt);
            b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
            // The intake desk sees its channel's leads; the owners of a lead's case see it through the case.
            b.HasQueryFilter(l => SeesAllBodies || VisibleBodyCodes.Contains(l.IntakeBodyCode)
                || (l.Case != null && l.Case.Assignments.Any(a => VisibleBodyCodes.Contains(a.BodyCode))));
        });

        modelBuilder.Entity<Case>(b =>
        {
            b.ToTable("Cases");
            b.Property(x => x.Number).HasMaxLength(Case.MaxNumberLength);
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => new { x.Year, x.Sequence }).IsUnique();
            b.Property(x => x.LookupCode).HasMaxLength(CaseLookupCode.Length);
            b.Property(x => x.Status).HasMaxLength(32);
            // The inbox reads its two parts along these (CaseQueries.ListAsync): open steps by due time, then the rest newest
            // first; each with and without a status filter. OpenedAt alone also serves the oversight figures' period.
            b.HasIndex(x => new { x.StepDueAt, x.OpenedAt, x.Sequence }).IsDescending(false, true, true);
            b.HasIndex(x => new { x.Status, x.StepDueAt, x.OpenedAt, x.Sequence }).IsDescending(false, false, true, true);
            b.HasIndex(x => new { x.OpenedAt, x.Sequence });
            b.HasIndex(x => new { x.Status, x.OpenedAt, x.Sequence });
            // The command view's open cases per territory (CaseFigures), read from the index alone (the id for a body's semi-join).
            b.HasIndex(x => new { x.Status, x.TerritoryCode, x.Id });
            // What changed since the figures' roll-up built a month (FigureRollupBuilder.TouchedMonthsAsync).
            b.HasIndex(x => x.CreatedAt);
            b.HasIndex(x => x.LastModifiedAt);
            b.Property(x => x.Text).HasMaxLength(Lead.MaxTextLength);
            b.Property(x => x.Address).HasMaxLength(Lead.MaxAddressLength);
            b.Property(x => x.Employer).HasMaxLength(Lead.MaxEmployerLength);
            b.Property(x => x.Project).HasMaxLength(Lead.MaxEmployerLength);
            b.Property(x => x.AmountOwed).HasPrecision(14, 2);
            b.Property(x => x.TerritoryCode).HasMaxLength(16);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.Property(x => x.LeadRole).HasMaxLength(16);
            b.Property(x => x.Step).HasMaxLength(16);
            b.Property(x => x.DeadlineState).HasMaxLength(16);
            b.HasIndex(x => new { x.DeadlineState, x.StepDueAt });
            // The inbox's capped count under a status filter reads (Status, Id) alone, without a heap visit per row;
            // the badge counts (CaseQueries.CountsAsync) read the flagged open cases in id order, and a reminder's
            // "still open" check compares step and due time from the index.
            b.HasIndex(x => new { x.Status, x.Id }).HasDatabaseName("IX_Cases_Status_Id");
            b.HasIndex(x => new { x.DeadlineState, x.Id }).HasDatabaseName("IX_Cases_Flagged")
                .HasFilter("\"StepDueAt\" IS NOT NULL AND \"Status\" <> 'closed'");
            b.HasIndex(x => new { x.Id, x.Step, x.StepDueAt }).HasDatabaseName("IX_Cases_Id_Step_StepDueAt").HasFilter("\"StepDueAt\" IS NOT NULL");
            // The board's pages (CaseQueries.BoardAsync): one deadline state's open cases earliest due first, the id
            // breaking ties for the cursor; the same filter as IX_Cases_Flagged.
            b.HasIndex(x => new { x.DeadlineState, x.StepDueAt, x.Id }).HasDatabaseName("IX_Cases_Board")
                .HasFilter("\"StepDueAt\" IS NOT NULL AND \"Status\" <> 'closed'");
            b.Property(x => x.Opinion).HasMaxLength(CaseWorkflowLimits.MaxTextLength);
            b.Property(x => x.Result).HasMaxLength(CaseWorkflowLimits.MaxTextLength);
            b.Property(x => x.AmountRecovered).HasPrecision(14, 2);
            b.Property(x => x.ResolvedByBodyCode).HasMaxLength(64);
            b.Property(x => x.ExtensionStatus).HasMaxLength(16);
            b.Property(x => x.ExtensionReason).HasMaxLength(CaseWorkflowLimits.MaxTextLength);
            b.Property(x => x.ExtensionRequestedBy).HasMaxLength(256);
            b.Property(x => x.ExtensionDecidedBy).HasMaxLength(256);
            b.Property(x => x.ExtensionRemarks).HasMaxLength(CaseWorkflowLimits.MaxTextLength);
            b.HasMany(x => x.Assignments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.Transfers).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
            // Department scoping: a case belongs to both of its owners.
            b.HasQueryFilter(c => SeesAllBodies || c.Assignments.Any(a => VisibleBodyCodes.Contains(a.BodyCode)));
        });

        modelBuilder.Entity<CaseAssignment>(b =>
        {
            b.ToTable("CaseAssignments");
            b.Property(x => x.Role).HasMaxLength(16);
            b.Property(x => x.BodyCode).HasMaxLength(64);
            b.HasIndex(x => new { x.CaseId, x.Role }).IsUnique();
            // The scope's semi-join, from either side: a body's cases, or whether a case is one of the body's.
            b.HasIndex(x => new { x.BodyCode, x.CaseId });
            b.HasIndex(x => new { x.CaseId, x.BodyCode });
            b.Property(x => x.PartText).HasMaxLength(CaseWorkflowLimits.MaxTextLength);
        });

        modelBuilder.Entity<CaseVisit>(b =>
        {
            b.ToTable("CaseVisits");
            b.Property(x => x.Remarks).HasMaxLength(CaseVisit.MaxRemarksLength);
            b.Property(x => x.ResolvedByBodyCode).HasMaxLength(64);
            b.Property(x => x.Result).HasMaxLength(CaseWorkflowLimits.MaxTextLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => x.CaseId);
            b.HasIndex(x => new { x.Satisfied, x.ResolvedByBodyCode });
            // The command view's visits of a period (CaseFigures) without reading every visit.
            b.HasIndex(x => x.CreatedAt);
            b.HasIndex(x => x.LastModifiedAt);
        });

        modelBuilder.Entity<SupervisionReminder>(b =>
        {
            b.ToTable("SupervisionReminders");
            b.Property(x => x.BodyCode).HasMaxLength(64);
            b.Property(x => x.Step).HasMaxLength(16);
            // One reminder per body per overdue step: the job may run again without raising it twice.
            b.HasIndex(x => new { x.CaseId, x.Step, x.DueAt, x.BodyCode }).IsUnique();
            b.HasIndex(x => x.BodyCode);
            // The badge count of a body's open reminders, index-only.
            b.HasIndex(x => new { x.BodyCode, x.CaseId, x.Step, x.DueAt });
            // The reminder list's pages, newest first (read backwards), the id breaking ties for the cursor.
            b.HasIndex(x => new { x.RaisedAt, x.Id });
        });

        modelBuilder.Entity<LeadReminder>(b =>
        {
            b.ToTable("LeadReminders");
            b.Property(x => x.BodyCode).HasMaxLength(64);
            b.HasIndex(x => new { x.LeadId, x.DueAt, x.BodyCode }).IsUnique();
            b.HasIndex(x => x.BodyCode);
        });

        modelBuilder.Entity<SmsLog>(b =>
        {
            b.ToTable("SmsLogs");
            b.Property(x => x.Template).HasMaxLength(32);
            b.Property(x => x.MaskedPhone).HasMaxLength(20);
            b.Property(x => x.Text).HasMaxLength(1000);
            b.Property(x => x.GatewayMessageId).HasMaxLength(128);
            b.HasIndex(x => x.OutboxMessageId).IsUnique();
            b.HasIndex(x => x.CaseId);
        });

        modelBuilder.Entity<CaseTransfer>(b =>
        {
            b.ToTable("CaseTransfers");
            b.Property(x => x.Role).HasMaxLength(16);
            b.Property(x => x.FromBodyCode).HasMaxLength(64);
            b.Property(x => x.ToBodyCode).HasMaxLength(64);
            b.Property(x => x.Reason).HasMaxLength(CaseTransfer.MaxReasonLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            // The command view's transfers of a period (CaseFigures).
            b.HasIndex(x => x.CreatedAt);
            b.HasIndex(x => x.LastModifiedAt);
        });

        modelBuilder.Entity<CaseEvent>(b =>
        {
            b.ToTable("CaseEvents");
            b.Property(x => x.Type).HasMaxLength(32);
            b.Property(x => x.Arguments).HasMaxLength(4000);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        // The command view's monthly roll-up (FigureRollupBuilder): read by month, rebuilt a month at a time.
        modelBuilder.Entity<FigureRollup>(b =>
        {
            b.ToTable("FigureRollups");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Kind).HasMaxLength(16);
            b.Property(x => x.TerritoryCode).HasMaxLength(16);
            b.Property(x => x.TerritorialBodyCode).HasMaxLength(64);
            b.Property(x => x.IndustryBodyCode).HasMaxLength(64);
            b.Property(x => x.LeadRole).HasMaxLength(16);
            b.Property(x => x.ActorBodyCode).HasMaxLength(64);
            b.HasIndex(x => new { x.Month, x.Kind });
        });

        modelBuilder.Entity<FigureRollupMonth>(b =>
        {
            b.ToTable("FigureRollupMonths");
            b.HasKey(x => x.Month);
            b.Property(x => x.Month).ValueGeneratedNever();
        });

        modelBuilder.Entity<CaseNumberCounter>(b =>
        {
            b.ToTable("CaseNumberCounters");
            b.HasKey(x => x.Year);
            b.Property(x => x.Year).ValueGeneratedNever();
        });

        modelBuilder.Entity<RoutingCorrection>(b =>
        {
            b.ToTable("RoutingCorrections");
            b.Property(x => x.Role).HasMaxLength(16);
            b.Property(x => x.ProposedCode).HasMaxLength(64);
            b.Property(x => x.ProposedBodyCode).HasMaxLength(64);
            b.Property(x => x.ChosenCode).HasMaxLength(64);
            b.Property(x => x.ChosenBodyCode).HasMaxLength(64);
            b.Property(x => x.Reason).HasMaxLength(CaseTransfer.MaxReasonLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            b.HasIndex(x => x.CaseId);
            b.HasIndex(x => x.CreatedAt);
        });

        modelBuilder.Entity<LeadImport>(b =>
        {
            b.ToTable("LeadImports");
            b.Property(x => x.FileName).HasMaxLength(256);
            b.Property(x => x.Culture).HasMaxLength(16);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.Error).HasMaxLength(1000);
            b.Property(x => x.LockedBy).HasMaxLength(64);
            b.HasIndex(x => x.Status);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<LeadImportRow>(b =>
        {
            b.ToTable("LeadImportRows");
            b.Property(x => x.TicketNumber).HasMaxLength(Lead.MaxTicketNumberLength);
            b.Property(x => x.Outcome).HasMaxLength(16);
            b.Property(x => x.Reason).HasMaxLength(2000);
            b.HasIndex(x => new { x.ImportId, x.RowNumber });
        });

        base.OnModelCreating(modelBuilder);
    }
}

public sealed class CasesDesignTimeFactory() : ModuleDesignTimeFactory<CasesDbContext>(CasesDbContext.SchemaName)
{
    protected override CasesDbContext Create(DbContextOptions<CasesDbContext> options, DataScope scope) => new(options, scope);
}
