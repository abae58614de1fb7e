using Dalad.Platform.Events;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Projects.Data;
using Dalad.Projects.Domain;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Projects.Application;

/// <summary>Registers and changes projects (owners from the matrix), their advances and inspections, and evaluates the warnings after each change.</summary>
internal sealed class ProjectService(
    ProjectsDbContext db, ProjectOwners owners, ProjectTypes types, WarningEvaluator evaluator, DataScope scope, IEventBus events, ProjectReads reads)
{
    public async Task<ProjectDetailDto> CreateAsync(ProjectInput input, CancellationToken ct)
    {
        var project = new Project
        {
            Name = "", TypeCode = "", TerritoryCode = "", IndustryBodyCode = "", TerritorialBodyCode = "", Builder = "", GeneralContractor = "",
        };
        await ApplyAsync(project, input, ct);
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        return await AfterChangeAsync(project.Id, ct, partiesChanged: true);
    }

    public async Task<ProjectDetailDto> UpdateAsync(Guid id, ProjectInput input, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Project), id);
        await ApplyAsync(project, input, ct);
        project.Revision++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new BusinessException("Projects:ChangedMeanwhile", project.Name) { StatusCode = StatusCodes.Status409Conflict }; }
        return await AfterChangeAsync(project.Id, ct, partiesChanged: true);
    }

    public async Task<ProjectDetailDto> AddAdvanceAsync(Guid id, ContractorAdvanceInput input, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Project), id);
        if (input.Date!.Value > Today) throw new BusinessException("Projects:DateInFuture");
        db.Advances.Add(new ContractorAdvance
        {
            ProjectId = project.Id, Date = input.Date.Value, Amount = input.Amount!.Value, Contractor = input.Contractor!.Trim(), Remarks = Optional(input.Remarks),
        });
        await db.SaveChangesAsync(ct);
        return await AfterChangeAsync(project.Id, ct);
    }

    public async Task<ProjectDetailDto> AddInspectionAsync(Guid id, InspectionInput input, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Project), id);
        if (input.Date!.Value > Today) throw new BusinessException("Projects:DateInFuture");
        var checklist = types.Find(project.TypeCode)?.Checklist.Select(i => i.Key).ToHashSet() ?? [];
        var results = (input.Checklist ?? []).Select(c => new ChecklistResult(c.Item!.Trim(), c.Passed, Optional(c.Remarks))).ToList();
        if (results.FirstOrDefault(r => !checklist.Contains(r.Item)) is { } unknown) throw new BusinessException("Projects:UnknownChecklistItem", unknown.Item);
        if (results.GroupBy(r => r.Item).Any(g => g.Count() > 1)) throw new BusinessException("Projects:DuplicateChecklistItem");
        db.Inspections.Add(new Inspection
        {
            ProjectId = project.Id, Date = input.Date.Value, Inspector = input.Inspector!.Trim(), Checklist = results, Findings = Optional(input.Findings),
        });
        await db.SaveChangesAsync(ct);
        return await AfterChangeAsync(project.Id, ct);
    }

    private DateOnly Today => evaluator.Today;

    private async Task ApplyAsync(Project project, ProjectInput input, CancellationToken ct)
    {
        var typeCode = input.TypeCode!.Trim();
        var found = await owners.FindAsync(typeCode, input.TerritoryCode!.Trim(), ct);
        // A body registers and keeps only projects it owns (the joint office and administrators any).
        if (!scope.SeesAllBodies && !scope.BodyCodes.Contains(found.Industry.Code) && !scope.BodyCodes.Contains(found.Territorial.Code))
            throw new BusinessException("Projects:NotYourProject", found.Industry.Name, found.Territorial.Name) { StatusCode = StatusCodes.Status403Forbidden };
        project.Name = input.Name!.Trim();
        project.Aliases = (input.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0 && a != project.Name).Distinct().ToList();
        project.TypeCode = typeCode;
        project.TerritoryCode = found.Territory.Code;
        project.Address = Optional(input.Address);
        project.IndustryBodyCode = found.Industry.Code;
        project.TerritorialBodyCode = found.Territorial.Code;
        project.Builder = input.Builder!.Trim();
        project.GeneralContractor = input.GeneralContractor!.Trim();
        project.Subcontractors = (input.Subcontractors ?? []).Select(s => new Subcontractor { Name = s.Name!.Trim(), Kind = s.Kind! }).ToList();
        project.GovernmentInvested = input.GovernmentInvested;
        project.ApprovalDate = input.ApprovalDate;
        project.ContractDate = input.ContractDate;
        project.StartDate = input.StartDate;
        project.PlannedCompletionDate = input.PlannedCompletionDate;
        project.CompletionDate = input.CompletionDate;
        project.FundingSource = Optional(input.FundingSource);
        project.FundsInPlace = input.FundsInPlace;
        project.PaymentGuarantee = Optional(input.PaymentGuarantee);
        var account = input.WageAccount;
        project.WageAccount = new WageAccount
        {
            OpenedOn = account?.OpenedOn, Bank = Optional(account?.Bank), AccountNumber = Optional(account?.AccountNumber), TripartiteAgreementDate = account?.TripartiteAgreementDate,
        };
        var deposit = input.WageDeposit;
        project.WageDeposit = new WageDeposit
        {
            Amount = deposit?.Amount, Form = Optional(deposit?.Form), Issuer = Optional(deposit?.Issuer), ExpiresOn = deposit?.ExpiresOn, PaidOn = deposit?.PaidOn,
            AccountNumber = Optional(deposit?.AccountNumber),
        };
        // What has happened cannot be dated after today (the account, the deposit, the contract).
        if (new[] { project.ContractDate, project.ApprovalDate, project.WageAccount.OpenedOn, project.WageDeposit.PaidOn, project.CompletionDate }.Any(d => d > Today))
            throw new BusinessException("Projects:DateInFuture");
    }

    private async Task<ProjectDetailDto> AfterChangeAsync(Guid id, CancellationToken ct, bool partiesChanged = false)
    {
        await evaluator.EvaluateAsync(id, ct);
        await events.PublishAsync(new ProjectChanged(id), ct);
        if (partiesChanged)
            // The project's name and parties are routing register entries: the next complaint is matched against them.
            await events.PublishAsync(new RegisterChanged(ProjectRegisterSource.SourceName, id), ct);
        return await reads.DetailAsync(id, ct);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The reads of projects and warnings, scoped to the caller's bodies by the query filters.</summary>
internal sealed class ProjectReads(ProjectsDbContext db, ProjectTypes types, IResponsibilityMatrix matrix, IClock clock, IStringLocalizer l)
{
    public async Task<IReadOnlyList<ProjectListItemDto>> ListAsync(string? bodyCode, string? search, CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(bodyCode)) query = query.Where(p => p.IndustryBodyCode == bodyCode || p.TerritorialBodyCode == bodyCode);
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(p => p.Name.Contains(search.Trim()));
        var projects = await query.OrderBy(p => p.Name).Take(1000).ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToList();
        var open = await db.Warnings.Where(w => ids.Contains(w.ProjectId) && w.Status == WarningStatuses.Open)
            .GroupBy(w => w.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var names = await NamesAsync(ct);
        var rules = await db.Rules.AsNoTracking().ToDictionaryAsync(r => r.Key, r => r.Threshold, ct);
        var accountDays = rules.GetValueOrDefault(WarningRuleKeys.AccountLate, 30);
        var depositDays = rules.GetValueOrDefault(WarningRuleKeys.DepositLate, 20);
        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);
        return projects.Select(p => new ProjectListItemDto(
            p.Id, p.Name, p.TypeCode, types.Find(p.TypeCode)?.Name ?? p.TypeCode, p.TerritoryCode, names.Territory(p.TerritoryCode),
            p.IndustryBodyCode, names.Body(p.IndustryBodyCode), p.TerritorialBodyCode, names.Body(p.TerritorialBodyCode),
            p.GeneralContractor, p.ContractDate, open.GetValueOrDefault(p.Id),
            WarningEngine.DeadlineState(p.ContractDate, p.WageAccount.OpenedOn, accountDays, today),
            WarningEngine.DeadlineState(p.ContractDate, p.WageDeposit.PaidOn, depositDays, today),
            p.WageAccount.OpenedOn, p.WageDeposit.PaidOn)).ToList();
    }

    public async Task<ProjectDetailDto> DetailAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().Include(x => x.Advances).Include(x => x.Inspections).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new EntityNotFoundException(nameof(Project), id);
        var rules = await db.Rules.AsNoTracking().ToDictionaryAsync(r => r.Key, r => r.Threshold, ct);
        var warnings = await db.Warnings.AsNoTracking().Where(w => w.ProjectId == id).OrderByDescending(w => w.RaisedAt).ToListAsync(ct);
        var names = await NamesAsync(ct);
        var type = types.Find(p.TypeCode);
        var checklistNames = type?.Checklist.ToDictionary(i => i.Key, i => i.Name) ?? [];
        return new ProjectDetailDto(
            p.Id, p.Name, p.Aliases, p.TypeCode, type?.Name ?? p.TypeCode, p.TerritoryCode, names.Territory(p.TerritoryCode), p.Address,
            p.IndustryBodyCode, names.Body(p.IndustryBodyCode), p.TerritorialBodyCode, names.Body(p.TerritorialBodyCode),
            p.Builder, p.GeneralContractor, p.Subcontractors.Select(s => new SubcontractorDto(s.Name, s.Kind)).ToList(),
            p.GovernmentInvested, p.ApprovalDate, p.ContractDate, p.StartDate, p.PlannedCompletionDate, p.CompletionDate,
            p.FundingSource, p.FundsInPlace, p.PaymentGuarantee,
            new WageAccountDto(p.WageAccount.OpenedOn, p.WageAccount.Bank, p.WageAccount.AccountNumber, p.WageAccount.TripartiteAgreementDate),
            new WageDepositDto(p.WageDeposit.Amount, p.WageDeposit.Form, p.WageDeposit.Issuer, p.WageDeposit.ExpiresOn, p.WageDeposit.PaidOn, p.WageDeposit.AccountNumber),
            p.ContractDate is { } c1 && rules.TryGetValue(WarningRuleKeys.AccountLate, out var a) ? WarningEngine.DueDate(c1, a) : null,
            p.ContractDate is { } c2 && rules.TryGetValue(WarningRuleKeys.DepositLate, out var d) ? WarningEngine.DueDate(c2, d) : null,
            p.Advances.OrderBy(x => x.Date).Select(x => new ContractorAdvanceDto(x.Id, x.Date, x.Amount, x.Contractor, x.Remarks)).ToList(),
            p.Inspections.OrderByDescending(x => x.Date).Select(x => new InspectionDto(x.Id, x.Date, x.Inspector,
                x.Checklist.Select(c => new ChecklistResultDto(c.Item, checklistNames.GetValueOrDefault(c.Item), c.Passed, c.Remarks)).ToList(), x.Findings)).ToList(),
            warnings.Select(ToDto).ToList(),
            p.Revision);
    }

    public async Task<IReadOnlyList<WarningDto>> WarningsAsync(string? bodyCode, string? status, Guid? projectId, CancellationToken ct)
    {
        var query = db.Warnings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(bodyCode)) query = query.Where(w => w.IndustryBodyCode == bodyCode || w.TerritorialBodyCode == bodyCode);
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(w => w.Status == status);
        if (projectId is { } pid) query = query.Where(w => w.ProjectId == pid);
        var warnings = await query.OrderByDescending(w => w.RaisedAt).Take(1000).ToListAsync(ct);
        return warnings.Select(ToDto).ToList();
    }

    public async Task<WarningDto> WarningAsync(Guid id, CancellationToken ct) =>
        ToDto(await db.Warnings.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Warning), id));

    /// <summary>The module's rules and the active departments' own (a department whose plugin is gone keeps its row, unshown).</summary>
    public async Task<IReadOnlyList<WarningRuleDto>> RulesAsync(CancellationToken ct)
    {
        await WarningRuleSeeder.SeedPluginRulesAsync(db, types, ct);
        var active = WarningRuleKeys.All.Concat(types.PluginRules.Select(r => r.Key)).ToHashSet(StringComparer.Ordinal);
        return (await db.Rules.AsNoTracking().OrderBy(r => r.Key).ToListAsync(ct)).Where(r => active.Contains(r.Key))
            .Select(r => new WarningRuleDto(r.Key, l["WarningRule:" + r.Key], r.Threshold, r.Severity, r.Enabled)).ToList();
    }

    public WarningDto ToDto(Warning w) => new(
        w.Id, w.ProjectId, w.ProjectName, w.RuleKey, l["WarningRule:" + w.RuleKey], w.Severity, w.Status,
        l["WarningTitle:" + w.RuleKey, w.ProjectName],
        w.Evidence.Select(e => new WarningEvidenceDto(l[e.Name], Value(e))).ToList(), w.RaisedAt,
        w.IndustryBodyCode, w.TerritorialBodyCode, w.HandledNote, w.HandledAt, w.HandledBy, w.ClosedNote, w.ClosedAt, w.ClosedBy, w.CaseId, w.CaseNumber);

    private string Value(WarningEvidence e) => e.Value switch
    {
        "true" => l["Evidence:Yes"],
        "false" => l["Evidence:No"],
        _ => e.Value,
    };

    private async Task<Names> NamesAsync(CancellationToken ct)
    {
        var snapshot = await matrix.GetSnapshotAsync(cancellationToken: ct);
        return new Names(snapshot.Bodies.ToDictionary(b => b.Code, b => b.Name), snapshot.Territories.ToDictionary(t => t.Code, t => t.Name));
    }

    private sealed record Names(Dictionary<string, string> Bodies, Dictionary<string, string> Territories)
    {
        public string Body(string code) => Bodies.GetValueOrDefault(code) ?? code;
        public string Territory(string code) => Territories.GetValueOrDefault(code) ?? code;
    }
}
