using Dalad.Cases.Data;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Search;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary>
/// Full-text search over cases and leads: the index finds, the database decides what the caller may see and applies
/// the filters.
/// </summary>
internal sealed class CaseSearch(IFullTextSearch fullText, CasesDbContext db, DataScope scope)
{
    public async Task<PagedResult<SearchHitDto>> SearchAsync(string? q, string? @in, int? max, string? status, string? bodyCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var index = string.IsNullOrWhiteSpace(@in) ? SearchIndexNames.Cases : @in.Trim();
        if (index is not (SearchIndexNames.Cases or SearchIndexNames.Leads)) throw new BusinessException("Search:BadIndex");
        if (string.IsNullOrWhiteSpace(q)) throw new BusinessException("Search:QueryRequired");
        var take = Math.Clamp(max ?? 20, 1, 100);
        var filtered = !string.IsNullOrWhiteSpace(status) || !string.IsNullOrWhiteSpace(bodyCode) || from is not null || to is not null;
        // With filters, ask the index for more: the filters below narrow its best hits.
        var hits = await fullText.SearchAsync(index, q, scope.SeesAllBodies ? null : scope.BodyCodes, filtered ? 500 : take, ct);
        var ids = hits.Select(h => Guid.TryParse(h.Id, out var id) ? id : Guid.Empty).ToList();
        // Dates are Beijing days: [from 00:00, to+1 00:00) Beijing = UTC minus 8 hours.
        DateTime? fromUtc = from?.ToDateTime(TimeOnly.MinValue).AddHours(-8);
        DateTime? toUtc = to?.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-8);

        // The database has the last word: a stale index entry never shows a record the caller may not see.
        Dictionary<Guid, SearchRecord> visible;
        if (index == SearchIndexNames.Cases)
        {
            var cases = db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id));
            if (!string.IsNullOrWhiteSpace(status)) cases = cases.Where(c => c.Status == status);
            if (!string.IsNullOrWhiteSpace(bodyCode)) cases = cases.Where(c => c.Assignments.Any(a => a.BodyCode == bodyCode));
            if (fromUtc is { } f) cases = cases.Where(c => c.OpenedAt >= f);
            if (toUtc is { } t) cases = cases.Where(c => c.OpenedAt < t);
            visible = await cases.ToDictionaryAsync(c => c.Id, c => new SearchRecord(c.Number, c.Status, c.Id, c.OpenedAt), ct);
        }
        else
        {
            var leads = db.Leads.AsNoTracking().Where(x => ids.Contains(x.Id));
            if (!string.IsNullOrWhiteSpace(status)) leads = leads.Where(x => x.Status == status);
            if (!string.IsNullOrWhiteSpace(bodyCode))
                leads = leads.Where(x => x.IntakeBodyCode == bodyCode || db.Assignments.Any(a => a.CaseId == x.CaseId && a.BodyCode == bodyCode));
            if (fromUtc is { } f) leads = leads.Where(x => x.ReceivedAt >= f);
            if (toUtc is { } t) leads = leads.Where(x => x.ReceivedAt < t);
            visible = await leads.ToDictionaryAsync(x => x.Id, x => new SearchRecord(x.TicketNumber, x.Status, x.CaseId, x.ReceivedAt), ct);
        }
        var items = hits.Zip(ids).Where(h => visible.ContainsKey(h.Second)).Take(take)
            .Select(h =>
            {
                var r = visible[h.Second];
                return new SearchHitDto(h.Second, r.Number, h.First.Title, h.First.Snippet, r.Status, h.First.Score, r.CaseId, CaseClocks.Beijing(r.At));
            }).ToList();
        return new PagedResult<SearchHitDto>(items.Count, items);
    }
}

/// <summary>What the database says of a search hit: its number, status, case and the day it came in.</summary>
internal sealed record SearchRecord(string Number, string Status, Guid? CaseId, DateTime At);
