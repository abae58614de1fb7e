using System.Text.Json;
using Dalad.Calendar;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Events;
using Dalad.Platform.Messaging;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Dalad.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Application;

/// <summary>
/// 双交办: confirming a lead opens one case with two assignments, the territorial owner (the territory's body) and the
/// industry owner. A dispatcher may correct either; each correction is recorded with its reason. Later transfers (转办)
/// replace one owner and are recorded too.
/// </summary>
internal sealed class CaseDispatch(
    CasesDbContext db, IResponsibilityMatrix matrix, IBodyDirectory bodies, DataScope scope, IClock clock, IEventBus events, IStringLocalizer l, IWorkingCalendar calendar, IOutbox outbox)
{
    private static readonly string[] TerritorialKinds = [BodyKinds.Territorial, BodyKinds.Zone];
    private static readonly string[] IndustryKinds = [BodyKinds.Industry, BodyKinds.Zone];

    public async Task<Case> ConfirmAsync(Guid leadId, ConfirmLeadRequest request, CancellationToken ct)
    {
        var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, ct) ?? throw new EntityNotFoundException(nameof(Lead), leadId);
        if (lead.Status == LeadStatuses.Linked)
        {
            var first = await db.Leads.IgnoreQueryFilters().Where(l => l.Id == lead.RepeatOfLeadId).Select(l => l.TicketNumber).FirstOrDefaultAsync(ct);
            throw Conflict("Leads:IsRepeat", first ?? "");
        }
        if (lead.CaseId is not null) throw Conflict("Leads:AlreadyDispatched", lead.CaseNumber ?? "");

        var proposal = JsonSerializer.Deserialize<RoutingProposal>(lead.RoutingJson, Mapping.Json)!;
        var territoryCode = Optional(request.TerritoryCode) ?? proposal.Territory.Code ?? throw BadRequest("Leads:TerritoryRequired");
        var industryCode = Optional(request.IndustryBodyCode) ?? lead.ProposedIndustryBodyCode ?? throw BadRequest("Leads:IndustryRequired");
        var territoryCorrected = territoryCode != proposal.Territory.Code;
        var industryCorrected = industryCode != lead.ProposedIndustryBodyCode;
        var reason = Optional(request.Reason);
        // Overriding a proposal needs a reason; filling in what routing could not tell is recorded too, a reason optional.
        if (reason is null && ((territoryCorrected && proposal.Territory.Code is not null) || (industryCorrected && lead.ProposedIndustryBodyCode is not null)))
            throw BadRequest("Leads:CorrectionReasonRequired");

        var territory = (await matrix.GetSnapshotAsync(cancellationToken: ct)).Territories.FirstOrDefault(t => t.Code == territoryCode)
            ?? throw BadRequest("Leads:UnknownTerritory", territoryCode);
        var territorialBody = await RequireOwnerAsync(territory.BodyCode, TerritorialKinds, CaseRoles.Territorial, ct);
        var industryBody = await RequireOwnerAsync(industryCode, IndustryKinds, CaseRoles.Industry, ct);

        var now = clock.UtcNow;
        var year = BeijingTime.FromUtc(now).Year;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // First statement of the transaction: takes the year's counter (and, on SQLite, the write lock) before anything else.
        var sequence = await CaseNumbers.NextAsync(db, year, ct);
        var context = new CaseContext(now, calendar, code => code == territorialBody.Code ? territorialBody.Name : code == industryBody.Code ? industryBody.Name : code);
        var (opened, change) = Case.Open(CaseNumbers.Format(year, sequence), year, sequence, lead, territory.Code, territorialBody.Code, industryBody.Code, context);
        db.Events.AddRange(change.Timeline);
        if (territoryCorrected)
        {
            db.Corrections.Add(new RoutingCorrection
            {
                LeadId = lead.Id, CaseId = opened.Id, Role = CaseRoles.Territorial,
                ProposedCode = proposal.Territory.Code, ProposedBodyCode = proposal.Territory.BodyCode,
                ChosenCode = territory.Code, ChosenBodyCode = territorialBody.Code, Reason = reason ?? "", MatrixVersion = lead.MatrixVersion,
            });
            db.Events.Add(new CaseEvent { CaseId = opened.Id, Type = CaseEventTypes.Corrected, Arguments = Mapping.ToJson([CaseRoles.Territorial, proposal.Territory.Name ?? "—", territory.Name, reason ?? "—"]) });
        }
        if (industryCorrected)
        {
            db.Corrections.Add(new RoutingCorrection
            {
                LeadId = lead.Id, CaseId = opened.Id, Role = CaseRoles.Industry,
                ProposedCode = lead.ProposedIndustryBodyCode, ProposedBodyCode = lead.ProposedIndustryBodyCode,
                ChosenCode = industryBody.Code, ChosenBodyCode = industryBody.Code, Reason = reason ?? "", MatrixVersion = lead.MatrixVersion,
            });
            db.Events.Add(new CaseEvent { CaseId = opened.Id, Type = CaseEventTypes.Corrected, Arguments = Mapping.ToJson([CaseRoles.Industry, proposal.Industry.Name ?? "—", industryBody.Name, reason ?? "—"]) });
        }
        db.Cases.Add(opened);

        lead.Status = LeadStatuses.Dispatched;
        lead.CaseId = opened.Id;
        lead.CaseNumber = opened.Number;
        lead.Revision++;
        // Repeats that arrived while the lead waited follow it into the case.
        foreach (var repeat in await db.Leads.IgnoreQueryFilters().Where(l => l.RepeatOfLeadId == lead.Id).ToListAsync(ct))
        {
            repeat.CaseId = opened.Id;
            repeat.CaseNumber = opened.Number;
        }

        var caseOpened = new CaseOpened(opened.Id, opened.Number, territorialBody.Code, industryBody.Code, lead.Id, lead.WorkerCount, lead.Employer);
        try
        {
            // As on registration: with a stated worker count, enforcement's mass incident learns its case and owners.
            await outbox.SaveChangesAsync(db, lead.WorkerCount is null ? [] : [caseOpened], ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var caseNumber = await db.Leads.IgnoreQueryFilters().AsNoTracking().Where(l => l.Id == leadId).Select(l => l.CaseNumber).FirstOrDefaultAsync(CancellationToken.None);
            throw Conflict("Leads:AlreadyDispatched", caseNumber ?? "");
        }

        await events.PublishAsync(caseOpened, ct);
        // Every confirmed or corrected dispatch is a labelled example for routing's learned layer.
        await events.PublishAsync(new RoutingDecisionRecorded(lead.Text, lead.Address, territory.Code, industryBody.Code, territoryCorrected || industryCorrected), ct);
        return opened;
    }

    public async Task<Case> TransferAsync(Guid caseId, TransferCaseRequest request, CancellationToken ct)
    {
        var transferred = await db.Cases.Include(c => c.Assignments).FirstOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw new EntityNotFoundException(nameof(Case), caseId);
        var role = request.Role!;
        var assignment = transferred.Assignments.Single(a => a.Role == role);
        // The owner of that role hands it on; the joint office (and administrators) may move any.
        if (!scope.SeesAllBodies && !scope.BodyCodes.Contains(assignment.BodyCode))
            throw new BusinessException("Cases:NotYourAssignment", RoleName(role)) { StatusCode = StatusCodes.Status403Forbidden };
        if (!CaseStatuses.IsOpen(transferred.Status)) throw Conflict("Cases:Closed", transferred.Number);

        var target = await RequireOwnerAsync(request.BodyCode!.Trim(), role == CaseRoles.Territorial ? TerritorialKinds : IndustryKinds, role, ct);
        if (target.Code == assignment.BodyCode) throw Conflict("Cases:SameBody", target.Name);

        var from = assignment.BodyCode;
        var fromName = (await bodies.FindAsync(from, ct))?.Name ?? from;
        string? territoryCode = null;
        if (role == CaseRoles.Territorial)
        {
            // The territory follows the new territorial owner when it owns exactly one (a town, a street, a zone).
            var owned = (await matrix.GetSnapshotAsync(cancellationToken: ct)).Territories.Where(t => t.BodyCode == target.Code).ToList();
            territoryCode = owned.Count == 1 ? owned[0].Code : null;
        }
        var reason = request.Reason!.Trim();
        var context = new CaseContext(clock.UtcNow, calendar, code => code == from ? fromName : code == target.Code ? target.Name : code);
        CaseChange change;
        try
        {
            change = transferred.Transfer(role, target.Code, reason, territoryCode, context);
        }
        catch (CaseRuleException e)
        {
            throw Conflict(e.MessageKey, e.Arguments);
        }
        // Added through their sets: a new child with its key already set would otherwise be taken for an existing row.
        db.Transfers.Add(new CaseTransfer { CaseId = transferred.Id, Role = role, FromBodyCode = from, ToBodyCode = target.Code, Reason = reason });
        db.Events.AddRange(change.Timeline);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict("Cases:ChangedMeanwhile", transferred.Number);
        }

        await events.PublishAsync(new CaseTransferred(transferred.Id, transferred.Number, role, from, target.Code, reason, transferred.TransferCount), ct);
        return transferred;
    }

    private async Task<BodyDto> RequireOwnerAsync(string code, string[] kinds, string role, CancellationToken ct)
    {
        var body = await bodies.FindAsync(code, ct) ?? throw BadRequest("Cases:UnknownBody", code);
        if (!body.IsActive) throw BadRequest("Cases:BodyInactive", body.Name);
        if (!kinds.Contains(body.Kind)) throw BadRequest("Cases:BodyCannotTakeRole", body.Name, RoleName(role));
        return body;
    }

    private string RoleName(string role) => l["CaseRole:" + role].Value;

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static BusinessException BadRequest(string key, params object[] args) => new(key, args);

    private static BusinessException Conflict(string key, params object[] args) => new(key, args) { StatusCode = StatusCodes.Status409Conflict };
}
