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
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<PenaltyCase> PenaltyCases => Set<PenaltyCase>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();
    public DbSet<RevolvingFund> Funds => Set<RevolvingFund>();
    public DbSet<FundAdvance> Advances => Set<FundAdvance>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IllegalDemand> IllegalDemands => Set<IllegalDemand>();
    public DbSet<JointAction> JointActions => Set<JointAction>();
    public DbSet<AssistanceRequest> AssistanceRequests => Set<AssistanceRequest>();
    public DbSet<BacklogCase> BacklogCases => Set<BacklogCase>();
    public DbSet<AccountCheck> AccountChecks => Set<AccountCheck>();
    public DbSet<PenaltyDocument> PenaltyDocuments => Set<PenaltyDocument>();

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

        modelBuilder.Entity<Order>(b =>
        {
            b.ToTable("Orders");
            b.Property(x => x.Kind).HasMaxLength(16);
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.HasIndex(x => x.CaseNumber);
            b.Property(x => x.EmployerName).HasMaxLength(ArrearsFinding.MaxNameLength);
            b.Property(x => x.CreditCode).HasMaxLength(18);
            b.Property(x => x.Amount).HasPrecision(14, 2);
            b.Property(x => x.Text).HasMaxLength(Order.MaxTextLength);
            b.Property(x => x.Outcome).HasMaxLength(16);
            b.Property(x => x.OutcomeNote).HasMaxLength(Order.MaxTextLength);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<PenaltyCase>(b =>
        {
            b.ToTable("PenaltyCases");
            b.Property(x => x.Number).HasMaxLength(32);
            b.HasIndex(x => x.Number).IsUnique();
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.HasIndex(x => x.CaseNumber);
            b.Property(x => x.EmployerName).HasMaxLength(ArrearsFinding.MaxNameLength);
            b.Property(x => x.Facts).HasMaxLength(Order.MaxTextLength);
            b.Property(x => x.Step).HasMaxLength(16);
            b.Property(x => x.Steps).HasConversion(JsonConverter<List<PenaltyStep>>()).Metadata.SetValueComparer(JsonComparer<List<PenaltyStep>>());
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<Referral>(b =>
        {
            b.ToTable("Referrals");
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.Property(x => x.EmployerName).HasMaxLength(ArrearsFinding.MaxNameLength);
            b.Property(x => x.CreditCode).HasMaxLength(18);
            b.Property(x => x.Amount).HasPrecision(14, 2);
            b.Property(x => x.Facts).HasMaxLength(Order.MaxTextLength);
            b.Property(x => x.ReferringBodyCode).HasMaxLength(64);
            b.Property(x => x.PoliceBodyCode).HasMaxLength(64);
            b.HasIndex(x => x.PoliceBodyCode);
            b.HasIndex(x => x.OrderId);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.Steps).HasConversion(JsonConverter<List<ReferralStep>>()).Metadata.SetValueComparer(JsonComparer<List<ReferralStep>>());
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            // A referral belongs to the body that sent it and the police body that received it (its inbox).
            b.HasQueryFilter(r => SeesAllBodies || VisibleBodyCodes.Contains(r.ReferringBodyCode) || VisibleBodyCodes.Contains(r.PoliceBodyCode));
        });

        modelBuilder.Entity<Disclosure>(b =>
        {
            b.ToTable("Disclosures");
            // One disclosure per quarter.
            b.HasIndex(x => new { x.Year, x.Quarter }).IsUnique();
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.Entries).HasConversion(JsonConverter<List<DisclosureEntry>>()).Metadata.SetValueComparer(JsonComparer<List<DisclosureEntry>>());
            b.Property(x => x.CompiledBy).HasMaxLength(256);
            b.Property(x => x.ApprovedBy).HasMaxLength(256);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<RevolvingFund>(b =>
        {
            b.ToTable("RevolvingFunds");
            b.Property(x => x.Capital).HasPrecision(14, 2);
            b.Property(x => x.Balance).HasPrecision(14, 2);
            b.Property(x => x.Committed).HasPrecision(14, 2);
            b.Ignore(x => x.Available);
            b.Property(x => x.Movements).HasConversion(JsonConverter<List<FundMovement>>()).Metadata.SetValueComparer(JsonComparer<List<FundMovement>>());
            // Two payments never spend the same balance: the second save fails and is retried by the user.
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<FundAdvance>(b =>
        {
            b.ToTable("FundAdvances");
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.HasIndex(x => x.CaseNumber);
            b.Property(x => x.EmployerName).HasMaxLength(ArrearsFinding.MaxNameLength);
            b.Property(x => x.Amount).HasPrecision(14, 2);
            b.Property(x => x.Recovered).HasPrecision(14, 2);
            b.Ignore(x => x.Outstanding);
            b.Property(x => x.Reason).HasMaxLength(FundAdvance.MaxTextLength);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.RequestedBy).HasMaxLength(256);
            b.Property(x => x.DecisionNote).HasMaxLength(FundAdvance.MaxTextLength);
            b.Property(x => x.DecidedBy).HasMaxLength(256);
            b.Property(x => x.Recoveries).HasConversion(JsonConverter<List<AdvanceRecovery>>()).Metadata.SetValueComparer(JsonComparer<List<AdvanceRecovery>>());
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<Incident>(b =>
        {
            b.ToTable("Incidents");
            b.Property(x => x.Source).HasMaxLength(16);
            // One incident per lead and per case, whatever the retries.
            b.HasIndex(x => x.LeadId).IsUnique();
            b.HasIndex(x => x.CaseId).IsUnique();
            b.Property(x => x.TicketNumber).HasMaxLength(64);
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.HasIndex(x => x.CaseNumber);
            b.Property(x => x.Summary).HasMaxLength(Incident.MaxTextLength);
            b.Property(x => x.Location).HasMaxLength(500);
            b.Property(x => x.EmployerName).HasMaxLength(ArrearsFinding.MaxNameLength);
            b.Property(x => x.IndustryBodyCode).HasMaxLength(64);
            b.Property(x => x.TownshipBodyCode).HasMaxLength(64);
            b.Property(x => x.UnionBodyCode).HasMaxLength(64);
            b.Property(x => x.ReportedByBodyCode).HasMaxLength(64);
            b.Property(x => x.Status).HasMaxLength(16);
            b.HasIndex(x => new { x.Status, x.OpenedAt });
            b.Property(x => x.Presences).HasConversion(JsonConverter<List<IncidentPresence>>()).Metadata.SetValueComparer(JsonComparer<List<IncidentPresence>>());
            b.Property(x => x.Escalations).HasConversion(JsonConverter<List<IncidentEscalation>>()).Metadata.SetValueComparer(JsonComparer<List<IncidentEscalation>>());
            b.Property(x => x.Posts).HasConversion(JsonConverter<List<OpinionPost>>()).Metadata.SetValueComparer(JsonComparer<List<OpinionPost>>());
            b.Property(x => x.SettlementNote).HasMaxLength(Incident.MaxTextLength);
            b.Property(x => x.OpinionGrade).HasMaxLength(16);
            b.Property(x => x.OpinionNote).HasMaxLength(Incident.MaxTextLength);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<IllegalDemand>(b =>
        {
            b.ToTable("IllegalDemands");
            b.Property(x => x.Kind).HasMaxLength(32);
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.HasIndex(x => x.CaseNumber);
            b.Property(x => x.Facts).HasMaxLength(IllegalDemand.MaxTextLength);
            b.Property(x => x.Location).HasMaxLength(500);
            b.Property(x => x.ReportedByBodyCode).HasMaxLength(64);
            b.Property(x => x.PoliceBodyCode).HasMaxLength(64);
            b.HasIndex(x => x.PoliceBodyCode);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.Measure).HasMaxLength(IllegalDemand.MaxTextLength);
            b.Property(x => x.HandledBy).HasMaxLength(256);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<JointAction>(b =>
        {
            b.ToTable("JointActions");
            b.Property(x => x.BodyCodes).HasConversion(JsonConverter<List<string>>()).HasMaxLength(1000).Metadata.SetValueComparer(JsonComparer<List<string>>());
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.HasIndex(x => x.CaseNumber);
            b.Property(x => x.Result).HasMaxLength(IllegalDemand.MaxTextLength);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<AssistanceRequest>(b =>
        {
            b.ToTable("AssistanceRequests");
            b.Property(x => x.Kind).HasMaxLength(32);
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.HasIndex(x => x.CaseNumber);
            b.Property(x => x.PartyName).HasMaxLength(AssistanceRequest.MaxNameLength);
            b.Property(x => x.PartyNumber).HasMaxLength(32);
            b.Property(x => x.PartyNumberKind).HasMaxLength(16);
            b.Property(x => x.Question).HasMaxLength(AssistanceRequest.MaxTextLength);
            b.Property(x => x.SendingBodyCode).HasMaxLength(64);
            b.HasIndex(x => x.SendingBodyCode);
            b.Property(x => x.ReceivingBodyCode).HasMaxLength(64);
            b.HasIndex(x => x.ReceivingBodyCode);
            b.Property(x => x.SentBy).HasMaxLength(256);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.Finding).HasMaxLength(AssistanceRequest.MaxTextLength);
            b.Property(x => x.Attachments).HasConversion(JsonConverter<List<string>>()).Metadata.SetValueComparer(JsonComparer<List<string>>());
            b.Property(x => x.AnsweredBy).HasMaxLength(256);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            // A request belongs to the body that sent it and the body that received it (its inbox).
            b.HasQueryFilter(r => SeesAllBodies || VisibleBodyCodes.Contains(r.SendingBodyCode) || VisibleBodyCodes.Contains(r.ReceivingBodyCode));
        });

        modelBuilder.Entity<BacklogCase>(b =>
        {
            b.ToTable("BacklogCases");
            b.Property(x => x.CaseNumber).HasMaxLength(32);
            b.HasIndex(x => x.CaseNumber).IsUnique();
            b.Property(x => x.Grounds).HasConversion(JsonConverter<List<string>>()).HasMaxLength(500).Metadata.SetValueComparer(JsonComparer<List<string>>());
            b.Property(x => x.Reason).HasMaxLength(BacklogCase.MaxTextLength);
            b.Property(x => x.FlaggingBodyCode).HasMaxLength(64);
            b.HasIndex(x => x.FlaggingBodyCode);
            b.Property(x => x.FlaggedBy).HasMaxLength(256);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.ReceivingBodyCode).HasMaxLength(64);
            b.HasIndex(x => x.ReceivingBodyCode);
            // The routes with their steps travel with the case (a handful each), as one JSON column.
            b.Property(x => x.Routes).HasConversion(JsonConverter<List<BacklogRoute>>()).Metadata.SetValueComparer(JsonComparer<List<BacklogRoute>>());
            b.Ignore(x => x.CurrentRoute);
            b.Ignore(x => x.AmountRecovered);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
            // A backlog case belongs to the body that flagged it and the body of its current route (its inbox).
            b.HasQueryFilter(x => SeesAllBodies || VisibleBodyCodes.Contains(x.FlaggingBodyCode)
                || (x.ReceivingBodyCode != null && VisibleBodyCodes.Contains(x.ReceivingBodyCode)));
        });

        modelBuilder.Entity<AccountCheck>(b =>
        {
            b.ToTable("AccountChecks");
            b.Property(x => x.AccountNumber).HasMaxLength(32);
            b.HasIndex(x => x.AccountNumber);
            b.Property(x => x.Answer).HasMaxLength(AccountCheck.MaxAnswerLength);
            b.Property(x => x.CheckedBy).HasMaxLength(256);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<PenaltyDocument>(b =>
        {
            b.ToTable("PenaltyDocuments");
            b.HasIndex(x => x.PenaltyCaseId);
            b.Property(x => x.Kind).HasMaxLength(32);
            b.Property(x => x.Step).HasMaxLength(16);
            b.Property(x => x.FileName).HasMaxLength(PenaltyDocument.MaxFileNameLength);
            b.Property(x => x.ContentType).HasMaxLength(128);
            b.Property(x => x.Sha256).HasMaxLength(64);
            b.Property(x => x.UploadedBy).HasMaxLength(256);
            b.Property(x => x.CreatedBy).HasMaxLength(256);
            b.Property(x => x.LastModifiedBy).HasMaxLength(256);
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

public sealed class EnforcementDesignTimeFactory() : ModuleDesignTimeFactory<EnforcementDbContext>(EnforcementDbContext.SchemaName)
{
    protected override EnforcementDbContext Create(DbContextOptions<EnforcementDbContext> options, DataScope scope) => new(options, scope);
}
