using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary>Reads leads and lead imports as the caller may see them (the query filters keep other desks' leads out).</summary>
internal sealed class LeadQueries(CasesDbContext db, PersonalDataView personal)
{
    public async Task<PagedResult<LeadDto>> ListAsync(string? status, string? channel, string? filter, int skip, int take, CancellationToken ct)
    {
        var query = db.Leads.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(x => x.Status == status);
        if (!string.IsNullOrWhiteSpace(channel)) query = query.Where(x => x.Channel == channel);
        if (!string.IsNullOrWhiteSpace(filter))
            query = query.Where(x => x.TicketNumber.Contains(filter) || x.Text.Contains(filter) || (x.Employer != null && x.Employer.Contains(filter)) || (x.Project != null && x.Project.Contains(filter)));
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.ReceivedAt).ThenBy(x => x.Id).Skip(skip).Take(take).ToListAsync(ct);
        // Lists never carry full numbers, whoever asks: one record's are shown through DisclosePersonalDataAsync.
        return new PagedResult<LeadDto>(total, page.Select(x => x.ToDto(fullPersonalData: false)).ToList());
    }

    public async Task<LeadDto> GetAsync(Guid id, CancellationToken ct) =>
        (await FindAsync(id, ct)).ToDto(await personal.ShowsFullAsync());

    /// <summary>The full numbers of one lead, with the reason in the audit log first.</summary>
    public async Task<LeadPersonalDataDto> DisclosePersonalDataAsync(Guid id, string? reason, PersonalDataDisclosure disclosure, CancellationToken ct)
    {
        var why = PersonalDataDisclosure.CheckReason(reason);
        var lead = await FindAsync(id, ct);
        await disclosure.RecordAsync(nameof(Lead), lead.Id, why, leadIds: null, ct);
        return new LeadPersonalDataDto(lead.Id, lead.Phone, lead.IdCardNumber);
    }

    /// <summary>Reminders (督办) to the desks whose leads the caller sees, newest first; open while the lead still waits for dispatch.</summary>
    public async Task<IReadOnlyList<LeadReminderDto>> RemindersAsync(bool openOnly, CancellationToken ct)
    {
        var query = from r in db.LeadReminders.AsNoTracking()
                    join lead in db.Leads on r.LeadId equals lead.Id
                    select new { r, lead.Channel, lead.TicketNumber, Open = lead.Status == LeadStatuses.Pending && lead.DispatchDueAt == r.DueAt };
        if (openOnly) query = query.Where(x => x.Open);
        var rows = await query.OrderByDescending(x => x.r.RaisedAt).Take(500).ToListAsync(ct);
        return rows.Select(x => new LeadReminderDto(x.r.Id, x.r.LeadId, x.Channel, x.TicketNumber, x.r.BodyCode, CaseClocks.Beijing(x.r.DueAt)!.Value, x.r.RaisedAt, x.Open)).ToList();
    }

    public async Task<ImportDto> GetImportAsync(Guid id, CancellationToken ct)
    {
        var import = await db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new EntityNotFoundException(nameof(LeadImport), id);
        var rows = await db.ImportRows.AsNoTracking().Where(r => r.ImportId == id).OrderBy(r => r.RowNumber)
            .Select(r => new ImportRowDto(r.RowNumber, r.TicketNumber, r.Outcome, r.Reason, r.LeadId)).ToListAsync(ct);
        return new ImportDto(import.Id, import.FileName, import.Status, import.Total, import.Processed, import.Imported, import.Linked,
            import.Duplicates, import.Rejected, import.CreatedAt, import.FinishedAt, import.Error, rows);
    }

    private async Task<Lead> FindAsync(Guid id, CancellationToken ct) =>
        await db.Leads.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Lead), id);
}
