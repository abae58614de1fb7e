using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Application;

/// <summary>Reads cases as the caller may see them: the query filters keep other bodies' cases out (they read as not found).</summary>
internal sealed class CaseQueries(CasesDbContext db, PersonalDataView personal, IStringLocalizer l)
{
    public async Task<PagedResult<CaseDto>> ListAsync(string? status, string? filter, string? bodyCode, int skip, int take, CancellationToken ct)
    {
        var query = db.Cases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status)) query = query.Where(c => c.Status == status);
        if (!string.IsNullOrWhiteSpace(bodyCode)) query = query.Where(c => c.Assignments.Any(a => a.BodyCode == bodyCode));
        if (!string.IsNullOrWhiteSpace(filter))
            query = query.Where(c => c.Number.Contains(filter) || c.Text.Contains(filter) || (c.Employer != null && c.Employer.Contains(filter))
                || (c.Project != null && c.Project.Contains(filter)) || (c.Address != null && c.Address.Contains(filter)));
        var total = await query.LongCountAsync(ct);
        var page = await query.Include(c => c.Assignments).OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Sequence)
            .Skip(skip).Take(take).AsSplitQuery().ToListAsync(ct);
        return new PagedResult<CaseDto>(total, await ToDtosAsync(page, ct));
    }

    public async Task<CaseDetailDto> GetDetailAsync(Guid id, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().Include(c => c.Assignments).Include(c => c.Transfers).Include(c => c.Events)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Case), id);
        var full = await personal.ShowsFullAsync();
        // The case is visible, so all of its leads are (the lead filter admits its owners).
        var leads = await db.Leads.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.ReceivedAt).ToListAsync(ct);
        var corrections = await db.Corrections.AsNoTracking().Where(c => c.CaseId == id).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var primaryText = leads.FirstOrDefault(x => x.Id == found.PrimaryLeadId)?.Text;
        return new CaseDetailDto(
            found.ToDto(leads.Count),
            leads.Select(x => x.ToDto(full)).ToList(),
            found.Transfers.OrderBy(t => t.CreatedAt).Select(t => t.ToDto()).ToList(),
            corrections.Select(c => c.ToDto(found.Number, primaryText)).ToList(),
            found.Events.OrderBy(e => e.CreatedAt).ThenBy(e => e.Type == CaseEventTypes.Opened ? 0 : 1)
                .Select(e => new CaseEventDto(e.CreatedAt, e.Type, e.CreatedBy, Describe(e))).ToList());
    }

    /// <summary>Cases moved at least <paramref name="minCount"/> times, most transferred first — for the joint office.</summary>
    public async Task<IReadOnlyList<RepeatedTransferDto>> RepeatedTransfersAsync(int minCount, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => c.TransferCount >= minCount).Include(c => c.Assignments).Include(c => c.Transfers)
            .OrderByDescending(c => c.TransferCount).ThenByDescending(c => c.OpenedAt).Take(500).AsSplitQuery().ToListAsync(ct);
        var dtos = await ToDtosAsync(cases, ct);
        return cases.Select((c, i) => new RepeatedTransferDto(dtos[i], c.Transfers.OrderBy(t => t.CreatedAt).Select(t => t.ToDto()).ToList())).ToList();
    }

    /// <summary>Corrections of the cases the caller sees (every one for the joint office), newest first. A case's owners see its lead.</summary>
    public async Task<PagedResult<RoutingCorrectionDto>> CorrectionsAsync(string? role, int skip, int take, CancellationToken ct)
    {
        var query = from correction in db.Corrections.AsNoTracking()
                    join c in db.Cases on correction.CaseId equals c.Id
                    join lead in db.Leads on correction.LeadId equals lead.Id
                    select new { correction, c.Number, lead.Text };
        if (!string.IsNullOrWhiteSpace(role)) query = query.Where(x => x.correction.Role == role);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.correction.CreatedAt).Skip(skip).Take(take).ToListAsync(ct);
        return new PagedResult<RoutingCorrectionDto>(total, page.Select(x => x.correction.ToDto(x.Number, x.Text)).ToList());
    }

    private async Task<List<CaseDto>> ToDtosAsync(List<Case> cases, CancellationToken ct)
    {
        var ids = cases.Select(c => c.Id).ToList();
        var leadCounts = await db.Leads.IgnoreQueryFilters().Where(x => x.CaseId != null && ids.Contains(x.CaseId.Value))
            .GroupBy(x => x.CaseId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return cases.Select(c => c.ToDto(leadCounts.GetValueOrDefault(c.Id))).ToList();
    }

    private string Describe(CaseEvent e)
    {
        var arguments = e.Arguments();
        // The first argument of these is a role, shown in the reader's language.
        if (e.Type is CaseEventTypes.Corrected or CaseEventTypes.Transferred && arguments.Length > 0) arguments[0] = l["CaseRole:" + arguments[0]].Value;
        return l["CaseEvent:" + e.Type, arguments.Cast<object>().ToArray()].Value;
    }
}
