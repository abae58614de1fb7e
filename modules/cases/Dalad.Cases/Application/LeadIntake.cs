using Dalad.Platform.PersonalData;
using System.Text;
using System.Text.Json;
using Dalad.Calendar;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Events;
using Dalad.Platform.Messaging;
using Dalad.Platform.Timing;
using Dalad.Responsibility;
using Dalad.Search;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

public enum IntakeOutcome
{
    /// <summary>A new lead, waiting for the dispatcher.</summary>
    Created,

    /// <summary>A new lead repeating an open one: linked to it (and to its case, if it has one).</summary>
    Linked,

    /// <summary>The channel's ticket number was registered before: the earlier lead, nothing new.</summary>
    Existing,
}

public sealed record IntakeResult(Lead Lead, IntakeOutcome Outcome, Lead? RepeatOf);

/// <summary>
/// Registers leads from the API and from imports alike: idempotent on channel + ticket number, routed at once, and
/// linked to an open lead it repeats (same phone and employer within <see cref="RepeatWindow"/>) instead of becoming a
/// second case. The request must have passed <see cref="CreateLeadRequestValidator"/>.
/// </summary>
internal sealed class LeadIntake(CasesDbContext db, IRoutingService routing, IMatrixRoles roles, IClock clock, IEventBus events, IWorkingCalendar calendar, IOutbox outbox)
{
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(30);

    public async Task<IntakeResult> RegisterAsync(CreateLeadRequest request, Guid? importId, CancellationToken ct)
    {
        var channel = request.Channel!;
        var ticket = request.TicketNumber!.Trim();
        if (await FindByTicketAsync(channel, ticket, ct) is { } existing) return new(existing, IntakeOutcome.Existing, null);

        var text = request.Text!.Trim();
        var address = Optional(request.Address);
        var proposal = await routing.ProposeAsync(new RoutingRequest(text, address), ct);
        var lead = new Lead
        {
            Channel = channel,
            TicketNumber = ticket,
            IntakeBodyCode = await roles.GetHolderAsync(MatrixRoles.IntakeDesk(channel), ct),
            ReceivedAt = request.ReceivedAt?.UtcDateTime ?? clock.UtcNow,
            Text = text,
            Address = address,
            ComplainantName = Optional(request.ComplainantName),
            Phone = ChinesePhone.Normalize(request.Phone)!,
            IdCardNumber = string.IsNullOrWhiteSpace(request.IdCardNumber) ? null : ChineseIdCard.Normalize(request.IdCardNumber),
            Employer = Optional(request.Employer),
            EmployerKey = EmployerKey(request.Employer),
            Project = Optional(request.Project),
            WorkerCount = request.WorkerCount,
            AmountOwed = request.AmountOwed,
            RoutingJson = JsonSerializer.Serialize(proposal, Mapping.Json),
            ProposedTerritoryCode = proposal.Territory.Code,
            ProposedTerritorialBodyCode = proposal.Territory.BodyCode,
            ProposedIndustryBodyCode = proposal.Industry.BodyCode ?? proposal.Industry.Code,
            NeedsDispatcher = proposal.NeedsDispatcher,
            MatrixVersion = proposal.MatrixVersion,
            ImportId = importId,
        };

        lead.StartDispatchClock(calendar);

        var repeatOf = await FindOpenLeadRepeatedByAsync(lead, ct);
        if (repeatOf is not null)
        {
            lead.Status = LeadStatuses.Linked;
            lead.RepeatOfLeadId = repeatOf.Id;
            lead.CaseId = repeatOf.CaseId;
            lead.CaseNumber = repeatOf.CaseNumber;
            if (repeatOf.CaseId is { } caseId)
                db.Events.Add(new CaseEvent { CaseId = caseId, Type = CaseEventTypes.RepeatLinked, Arguments = Mapping.ToJson([channel, ticket]) });
        }
        db.Leads.Add(lead);
        var registered = new LeadRegistered(lead.Id, lead.Channel, lead.TicketNumber, lead.IntakeBodyCode, lead.ReceivedAt, lead.RepeatOfLeadId, lead.CaseId, lead.WorkerCount, lead.Employer);

        try
        {
            // A lead that states its workers is a fact enforcement acts on (mass incidents): durable, with the lead.
            await outbox.SaveChangesAsync(db, lead.WorkerCount is null ? [] : [registered], ct);
        }
        catch (DbUpdateException)
        {
            // Posted twice at the same moment: the unique index let one through; answer with that one.
            db.ChangeTracker.Clear();
            if (await FindByTicketAsync(channel, ticket, ct) is { } winner) return new(winner, IntakeOutcome.Existing, null);
            throw;
        }

        await events.PublishAsync(registered, ct);
        return new(lead, repeatOf is null ? IntakeOutcome.Created : IntakeOutcome.Linked, repeatOf);
    }

    // Idempotency and repeats look across every desk's leads, whoever registers.
    private Task<Lead?> FindByTicketAsync(string channel, string ticket, CancellationToken ct) =>
        db.Leads.IgnoreQueryFilters().FirstOrDefaultAsync(l => l.Channel == channel && l.TicketNumber == ticket, ct);

    /// <summary>The first lead of an open chain with the same phone and employer, received within 30 days of this one.</summary>
    private async Task<Lead?> FindOpenLeadRepeatedByAsync(Lead lead, CancellationToken ct)
    {
        if (lead.EmployerKey is null) return null;
        var from = lead.ReceivedAt - RepeatWindow;
        var to = lead.ReceivedAt + RepeatWindow;
        return await db.Leads.IgnoreQueryFilters()
            .Where(l => l.RepeatOfLeadId == null && l.Phone == lead.Phone && l.EmployerKey == lead.EmployerKey
                && l.ReceivedAt >= from && l.ReceivedAt <= to
                && (l.CaseId == null || l.Case!.Status != CaseStatuses.Closed))
            .OrderByDescending(l => l.ReceivedAt)
            .FirstOrDefaultAsync(ct);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>达拉特旗 某某建筑公司 and 达拉特旗某某建筑公司（ ） match: width-folded, lower-case, letters and digits only.</summary>
    internal static string? EmployerKey(string? employer)
    {
        if (string.IsNullOrWhiteSpace(employer)) return null;
        var builder = new StringBuilder();
        foreach (var c in employer.Normalize(NormalizationForm.FormKC))
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.Length == 0 ? null : builder.ToString();
    }
}
