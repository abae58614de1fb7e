using Dalad.Cases;
using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Jobs;
using Dalad.Platform.Messaging;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Dalad.Enforcement.Application;

/// <summary>
/// The configuration of mass incidents: thresholds and clocks in hours, and the bodies involved as seed codes
/// (never literals elsewhere).
/// </summary>
internal sealed class IncidentSettings(IConfiguration configuration)
{
    public int WorkerThreshold => configuration.GetValue("Enforcement:Incidents:WorkerThreshold", 10);

    /// <summary>Hours, not working days: a crowd at a site does not wait for Monday.</summary>
    public TimeSpan OnSite => TimeSpan.FromHours(configuration.GetValue("Enforcement:Incidents:OnSiteHours", 2.0));

    public TimeSpan EscalateAfter => TimeSpan.FromHours(configuration.GetValue("Enforcement:Incidents:EscalateAfterHours", 24.0));

    public TimeSpan JobInterval => configuration.GetValue("Enforcement:Incidents:JobInterval", TimeSpan.FromMinutes(5));

    public string UnionBodyCode => configuration["Enforcement:UnionBodyCode"] ?? "union";
    public string CyberBodyCode => configuration["Enforcement:CyberBodyCode"] ?? "cyber";
    public string JointOfficeBodyCode => configuration["Enforcement:JointOfficeBodyCode"] ?? "joint-office";
    public string GovernmentBodyCode => configuration["Enforcement:GovernmentBodyCode"] ?? "gov";
    public string PoliceBodyCode => configuration["Enforcement:PoliceBodyCode"] ?? "police";

    /// <summary>Who may report an incident by hand: the joint office, the police and HRSS.</summary>
    public IReadOnlyList<string> ReporterBodyCodes => List("Enforcement:Incidents:ReporterBodyCodes", "joint-office,police,hrss");

    /// <summary>Who sees every incident: the reporters, the union, the 网信 desk and the banner government.</summary>
    public IReadOnlyList<string> ResponderBodyCodes =>
        [.. ReporterBodyCodes, UnionBodyCode, CyberBodyCode, JointOfficeBodyCode, GovernmentBodyCode, PoliceBodyCode];

    private IReadOnlyList<string> List(string key, string fallback) =>
        (configuration[key] ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Mass incidents: opened from leads and cases or reported by hand, presence on site, escalation, settlement, online opinion.</summary>
internal sealed class IncidentService(EnforcementDbContext db, ICurrentUser user, IClock clock, DataScope scope, IncidentSettings settings, IStringLocalizer l)
{
    public async Task<IReadOnlyList<IncidentDto>> ListAsync(string? status, CancellationToken ct)
    {
        var query = Visible();
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(i => i.Status == status);
        var now = clock.UtcNow;
        return (await query.OrderByDescending(i => i.OpenedAt).Take(500).ToListAsync(ct)).Select(i => ToDto(i, now)).ToList();
    }

    public async Task<IncidentDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, track: false, ct), clock.UtcNow);

    /// <summary>By hand (an incident report): the joint office, the police or HRSS.</summary>
    public async Task<IncidentDto> ReportAsync(IncidentReportInput input, CancellationToken ct)
    {
        var reporter = scope.BodyCodes.FirstOrDefault(settings.ReporterBodyCodes.Contains)
            ?? throw new BusinessException("Incidents:NotReporter") { StatusCode = StatusCodes.Status403Forbidden };
        var now = clock.UtcNow;
        // Reported after the fact: the clock starts when the crowd gathered, never in the future.
        var openedAt = input.OccurredAt is { } occurred ? occurred.ToUniversalTime() : now;
        if (openedAt > now) throw new BusinessException("Incidents:OccurredInFuture");
        var incident = Run(() => Incident.Open(IncidentSources.Report, input.Summary!, input.WorkerCount!.Value, openedAt, settings.OnSite, settings.UnionBodyCode,
            input.Location, input.EmployerName, reporter));
        if (!string.IsNullOrWhiteSpace(input.CaseNumber) || input.TownshipBodyCode is not null || input.IndustryBodyCode is not null)
        {
            incident.CaseNumber = string.IsNullOrWhiteSpace(input.CaseNumber) ? null : input.CaseNumber.Trim();
            incident.TownshipBodyCode = Optional(input.TownshipBodyCode);
            incident.IndustryBodyCode = Optional(input.IndustryBodyCode);
        }
        db.Incidents.Add(incident);
        await db.SaveChangesAsync(ct);
        return ToDto(incident, now);
    }

    public Task<IncidentDto> RecordPresenceAsync(Guid id, PresenceInput input, CancellationToken ct) =>
        ChangeAsync(id, (i, now) => i.RecordPresence(input.Role!, input.Name, input.At?.ToUniversalTime() ?? now, user.UserName, now), ct);

    public Task<IncidentDto> SettleAsync(Guid id, SettleIncidentInput input, CancellationToken ct) => ChangeAsync(id, (i, now) => i.Settle(input.Note, now), ct);

    public async Task<IncidentDto> GradeAsync(Guid id, OpinionGradeInput input, CancellationToken ct)
    {
        RequireCyberDesk();
        return await ChangeAsync(id, (i, now) => i.Grade(input.Grade!, input.Note, now), ct);
    }

    public async Task<IncidentDto> LinkPostAsync(Guid id, OpinionPostInput input, CancellationToken ct)
    {
        RequireCyberDesk();
        return await ChangeAsync(id, (i, now) => i.LinkPost(input.Url!, input.Summary!, input.PostedAt!.Value.ToUniversalTime(), user.UserName, now), ct);
    }

    /// <summary>Opens (or completes) the incident of a lead or a case that concerns many workers: one per lead or case, whatever the retries.</summary>
    public async Task OnWorkersReportedAsync(Guid leadId, Guid? repeatOfLeadId, string? ticket, string? intakeBody, int? workers, string? employer,
        Guid? caseId, string? caseNumber, string? township, string? industry, CancellationToken ct)
    {
        var existing = await db.Incidents.FirstOrDefaultAsync(i =>
            i.LeadId == leadId || (repeatOfLeadId != null && i.LeadId == repeatOfLeadId) || (caseId != null && i.CaseId == caseId), ct);
        if (existing is not null)
        {
            if (caseNumber is not null && existing.CaseNumber is null)
            {
                existing.AttachCase(caseId, caseNumber, township, industry);
                await db.SaveChangesAsync(ct);
            }
            return;
        }
        if (!Incident.Concerns(workers, settings.WorkerThreshold)) return;
        // A repeat of a lead whose case has one already is that incident, found above; otherwise the repeat's own.
        var summary = l["Incidents:AutoSummary", ticket ?? caseNumber ?? "—", workers!.Value, employer ?? "—"].Value;
        var incident = Incident.Open(caseNumber is null ? IncidentSources.Lead : IncidentSources.Case, summary, workers.Value, clock.UtcNow, settings.OnSite,
            settings.UnionBodyCode, employerName: employer, reportedBy: intakeBody);
        incident.LeadId = leadId;
        incident.TicketNumber = ticket;
        if (caseNumber is not null) incident.AttachCase(caseId, caseNumber, township, industry);
        db.Incidents.Add(incident);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // The same lead delivered twice at once: the unique index let one through.
            db.ChangeTracker.Clear();
            if (!await db.Incidents.AnyAsync(i => i.LeadId == leadId, ct)) throw;
        }
    }

    /// <summary>The recurring job: escalates every open incident whose time is up; returns how many steps were recorded.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var after = settings.EscalateAfter;
        var earliest = now - after;
        var open = await db.Incidents.Where(i => i.Status == IncidentStatuses.Open && i.OpenedAt <= earliest).ToListAsync(ct);
        var steps = open.Sum(i => i.Escalate(now, after, settings.JointOfficeBodyCode, settings.GovernmentBodyCode).Count);
        await db.SaveChangesAsync(ct);
        return steps;
    }

    private void RequireCyberDesk()
    {
        if (!scope.SeesAllBodies && !scope.BodyCodes.Contains(settings.CyberBodyCode))
            throw new BusinessException("Incidents:NotCyberDesk") { StatusCode = StatusCodes.Status403Forbidden };
    }

    /// <summary>The responders see every incident; the case's owners and the reporting body see theirs.</summary>
    private IQueryable<Incident> Visible()
    {
        var query = db.Incidents.AsNoTracking();
        if (scope.SeesAllBodies || scope.BodyCodes.Any(settings.ResponderBodyCodes.Contains)) return query;
        var bodies = scope.BodyCodes.ToList();
        return query.Where(i => bodies.Contains(i.IndustryBodyCode!) || bodies.Contains(i.TownshipBodyCode!) || bodies.Contains(i.ReportedByBodyCode!));
    }

    private async Task<Incident> FindAsync(Guid id, bool track, CancellationToken ct)
    {
        var visible = Visible();
        if (track) visible = visible.AsTracking();
        return await visible.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Incident), id);
    }

    private async Task<IncidentDto> ChangeAsync(Guid id, Action<Incident, DateTime> change, CancellationToken ct)
    {
        var incident = await FindAsync(id, track: true, ct);
        var now = clock.UtcNow;
        Run(() => { change(incident, now); return incident; });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new BusinessException("Incidents:ChangedMeanwhile") { StatusCode = StatusCodes.Status409Conflict }; }
        return ToDto(incident, now);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T Run<T>(Func<T> action)
    {
        try { return action(); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments); }
    }

    internal static IncidentDto ToDto(Incident i, DateTime now) => new(
        i.Id, i.Source, i.LeadId, i.TicketNumber, i.CaseNumber, i.Summary, i.Location, i.EmployerName, i.WorkerCount,
        i.IndustryBodyCode, i.TownshipBodyCode, i.UnionBodyCode, i.ReportedByBodyCode, i.OpenedAt, i.OnSiteDueAt,
        i.OnSiteOverdue(now), i.MissingAt(now), i.Presences.Select(p => new PresenceDto(p.Role, p.BodyCode, p.Name, p.At, p.At > i.OnSiteDueAt, p.By)).ToList(),
        i.Escalations.Select(e => new EscalationDto(e.Level, e.BodyCode, e.At)).ToList(),
        i.Status, i.SettledAt, i.SettlementNote, i.OpinionGrade, i.OpinionNote, i.GradedAt,
        i.Posts.Select(p => new OpinionPostDto(p.Url, p.Summary, p.PostedAt, p.LinkedAt, p.By)).ToList());
}

/// <summary>A lead that states its workers (outbox fact of the cases module): a mass incident when they reach the threshold.</summary>
internal sealed class LeadIncidentHandler(IncidentService incidents) : IOutboxHandler<LeadRegistered>
{
    /// <summary>Stored with every message: keep it stable.</summary>
    public const string Name = "enforcement.mass-incident-lead";

    public async Task HandleAsync(LeadRegistered lead, CancellationToken cancellationToken)
    {
        await incidents.OnWorkersReportedAsync(lead.LeadId, lead.RepeatOfLeadId, lead.TicketNumber, lead.IntakeBodyCode, lead.WorkerCount, lead.Employer,
            lead.CaseId, null, null, null, cancellationToken);
    }
}

/// <summary>The case opened from such a lead: the incident learns its case number and its two owners (who must be on site).</summary>
internal sealed class CaseIncidentHandler(IncidentService incidents) : IOutboxHandler<CaseOpened>
{
    public const string Name = "enforcement.mass-incident-case";

    public async Task HandleAsync(CaseOpened opened, CancellationToken cancellationToken)
    {
        await incidents.OnWorkersReportedAsync(opened.LeadId ?? opened.CaseId, null, null, null, opened.WorkerCount, opened.Employer,
            opened.CaseId, opened.CaseNumber, opened.TerritorialBody, opened.IndustryBody, cancellationToken);
    }
}

/// <summary>Escalates unsettled incidents on the persisted schedule, once across instances, in a system scope (as the cases' deadline job).</summary>
internal sealed class IncidentEscalationJob(IncidentService incidents, IncidentSettings settings) : IRecurringJob
{
    public string Name => "enforcement-incidents";

    public TimeSpan Interval => settings.JobInterval;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await incidents.EscalateDueAsync(cancellationToken);
    }
}
