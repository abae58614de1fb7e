using System.Text.Json;
using Dalad.Calendar;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Platform.Events;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary>
/// Opens a case for a finding of the platform (an early warning): a lead of the <see cref="LeadChannels.Warning"/>
/// channel, already dispatched to the two owners the finding names, and its case started on the same lifecycle as a
/// complaint's (签收 within 1 working day, then 5 and 15). The lead has no complainant, so no SMS is sent.
/// </summary>
internal sealed class ProactiveCases(CasesDbContext db, IBodyDirectory bodies, IResponsibilityMatrix matrix, DataScope scope, IClock clock, IEventBus events, IWorkingCalendar calendar)
    : IProactiveCases
{
    public async Task<ProactiveCaseDto> OpenAsync(ProactiveCaseRequest request, CancellationToken cancellationToken = default)
    {
        // The calling module has checked that the caller owns the finding; the lead and case are kept for both owners.
        using var system = scope.BeginSystemScope();
        if (await FindAsync(request.SourceKey, cancellationToken) is { } existing) return existing;

        var territorial = await RequireAsync(request.TerritorialBodyCode, cancellationToken);
        var industry = await RequireAsync(request.IndustryBodyCode, cancellationToken);
        var territory = (await matrix.GetSnapshotAsync(cancellationToken: cancellationToken)).Territories.FirstOrDefault(t => t.Code == request.TerritoryCode)
            ?? throw new BusinessException("Leads:UnknownTerritory", request.TerritoryCode);
        var now = clock.UtcNow;
        RoutingEvidence[] evidence = [new("warning", request.SourceKey, request.Project)];
        var proposal = new RoutingProposal(
            new RoutingOwner(territory.Code, territory.Name, territorial.Code, 1, evidence) { BodyName = territorial.Name },
            new RoutingOwner(industry.Code, industry.Name, industry.Code, 1, evidence) { BodyName = industry.Name },
            [], false, await matrix.GetVersionAsync(cancellationToken));
        var lead = new Lead
        {
            Channel = LeadChannels.Warning,
            TicketNumber = request.SourceKey,
            IntakeBodyCode = industry.Code,
            ReceivedAt = now,
            Status = LeadStatuses.Dispatched,
            Text = request.Text.Length > Lead.MaxTextLength ? request.Text[..Lead.MaxTextLength] : request.Text,
            Address = request.Address,
            Phone = "",
            Employer = request.Employer,
            Project = request.Project,
            RoutingJson = JsonSerializer.Serialize(proposal, Mapping.Json),
            ProposedTerritoryCode = territory.Code,
            ProposedTerritorialBodyCode = territorial.Code,
            ProposedIndustryBodyCode = industry.Code,
            MatrixVersion = proposal.MatrixVersion,
        };

        var year = BeijingTime.FromUtc(now).Year;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await CaseNumbers.NextAsync(db, year, cancellationToken);
        var context = new CaseContext(now, calendar, code => code == territorial.Code ? territorial.Name : code == industry.Code ? industry.Name : code);
        var (opened, change) = Case.Open(CaseNumbers.Format(year, sequence), year, sequence, lead, territory.Code, territorial.Code, industry.Code, context);
        lead.CaseId = opened.Id;
        lead.CaseNumber = opened.Number;
        db.Leads.Add(lead);
        db.Cases.Add(opened);
        db.Events.AddRange(change.Timeline);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same finding opened by another request meanwhile (unique channel + ticket): answer that case.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await FindAsync(request.SourceKey, CancellationToken.None) ?? throw new InvalidOperationException("Case for " + request.SourceKey + " was neither opened nor found.");
        }
        await events.PublishAsync(new LeadRegistered(lead.Id, lead.Channel, lead.TicketNumber, lead.IntakeBodyCode, lead.ReceivedAt, null, opened.Id), cancellationToken);
        await events.PublishAsync(new CaseOpened(opened.Id, opened.Number, territorial.Code, industry.Code), cancellationToken);
        return new ProactiveCaseDto(opened.Id, opened.Number);
    }

    private async Task<ProactiveCaseDto?> FindAsync(string key, CancellationToken ct) =>
        await db.Leads.Where(l => l.Channel == LeadChannels.Warning && l.TicketNumber == key && l.CaseId != null)
            .Select(l => new ProactiveCaseDto(l.CaseId!.Value, l.CaseNumber!)).FirstOrDefaultAsync(ct);

    private async Task<BodyDto> RequireAsync(string code, CancellationToken ct)
    {
        var body = await bodies.FindAsync(code, ct) ?? throw new BusinessException("Cases:UnknownBody", code);
        if (!body.IsActive) throw new BusinessException("Cases:BodyInactive", body.Name);
        return body;
    }
}
