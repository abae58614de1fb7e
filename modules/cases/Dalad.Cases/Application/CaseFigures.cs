using Dalad.Cases.Data;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary>
/// <see cref="ICaseFigures"/>: every figure is one GROUP BY in the database over the cases the caller sees (the
/// context's body filter). A body's leader gets rows only for his own bodies, even for cases he shares with another.
/// </summary>
internal sealed class CaseFigures(CasesDbContext db, DataScope scope) : ICaseFigures
{
    public async Task<CaseFiguresDto> GetAsync(CaseFiguresQuery q, CancellationToken ct = default)
    {
        var (from, to, now) = (q.From, q.To, q.Now);
        var cases = db.Cases.Where(c => c.OpenedAt >= from && c.OpenedAt < to);
        if (q.TerritoryCode is { } territory) cases = cases.Where(c => c.TerritoryCode == territory);
        if (q.BodyCode is { } body) cases = cases.Where(c => c.Assignments.Any(a => a.BodyCode == body));
        var own = scope.SeesAllBodies ? null : scope.BodyCodes.ToList();

        var assignments = db.Assignments.AsQueryable();
        if (own is not null) assignments = assignments.Where(a => own.Contains(a.BodyCode));
        if (q.BodyCode is { } only) assignments = assignments.Where(a => a.BodyCode == only);
        var byBody = await (
            from a in assignments
            join c in cases on a.CaseId equals c.Id
            group new { a, c } by a.BodyCode into g
            select new CaseFigureRow(
                g.Key,
                g.Count(),
                g.Sum(x => x.c.Status != CaseStatuses.Closed ? 1 : 0),
                g.Sum(x => x.c.Status != CaseStatuses.Closed && x.c.StepDueAt < now ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && x.c.SignedAt != null && x.c.SignedAt <= x.c.ReceiveDueAt ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && (x.c.SignedAt != null ? x.c.SignedAt > x.c.ReceiveDueAt : x.c.ReceiveDueAt < now) ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && x.c.DecidedAt != null && x.c.DecidedAt <= x.c.AcceptDueAt ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && (x.c.DecidedAt != null ? x.c.DecidedAt > x.c.AcceptDueAt : x.c.AcceptDueAt < now) ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && x.c.ResolvedAt != null && x.c.ResolvedAt <= x.c.HandleDueAt ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && (x.c.ResolvedAt != null ? x.c.ResolvedAt > x.c.HandleDueAt : x.c.HandleDueAt < now) ? 1 : 0),
                g.Sum(x => x.c.ReopenCount))).ToListAsync(ct);

        var byTerritory = await cases.Where(c => c.TerritoryCode != null).GroupBy(c => c.TerritoryCode!).Select(g => new CaseFigureRow(
            g.Key,
            g.Count(),
            g.Sum(c => c.Status != CaseStatuses.Closed ? 1 : 0),
            g.Sum(c => c.Status != CaseStatuses.Closed && c.StepDueAt < now ? 1 : 0),
            g.Sum(c => c.SignedAt != null && c.SignedAt <= c.ReceiveDueAt ? 1 : 0),
            g.Sum(c => (c.SignedAt != null ? c.SignedAt > c.ReceiveDueAt : c.ReceiveDueAt < now) ? 1 : 0),
            g.Sum(c => c.DecidedAt != null && c.DecidedAt <= c.AcceptDueAt ? 1 : 0),
            g.Sum(c => (c.DecidedAt != null ? c.DecidedAt > c.AcceptDueAt : c.AcceptDueAt < now) ? 1 : 0),
            g.Sum(c => c.ResolvedAt != null && c.ResolvedAt <= c.HandleDueAt ? 1 : 0),
            g.Sum(c => (c.ResolvedAt != null ? c.ResolvedAt > c.HandleDueAt : c.HandleDueAt < now) ? 1 : 0),
            g.Sum(c => c.ReopenCount))).ToListAsync(ct);

        // Visits and transfers are read through their (filtered) case.
        var visits = db.Visits.Where(v => v.CreatedAt >= from && v.CreatedAt < to)
            .Join(db.Cases, v => v.CaseId, c => c.Id, (v, c) => new { v, c });
        if (q.TerritoryCode is { } vt) visits = visits.Where(x => x.c.TerritoryCode == vt);
        if (q.BodyCode is { } vb) visits = visits.Where(x => x.v.ResolvedByBodyCode == vb);
        if (own is not null) visits = visits.Where(x => own.Contains(x.v.ResolvedByBodyCode));
        var visitRows = await visits.GroupBy(x => x.v.ResolvedByBodyCode)
            .Select(g => new CaseVisitFigureRow(g.Key, g.Count(), g.Sum(x => x.v.Satisfied ? 1 : 0))).ToListAsync(ct);

        var transfers = db.Transfers.Where(t => t.CreatedAt >= from && t.CreatedAt < to)
            .Join(db.Cases, t => t.CaseId, c => c.Id, (t, c) => new { t, c });
        if (q.TerritoryCode is { } tt) transfers = transfers.Where(x => x.c.TerritoryCode == tt);
        if (q.BodyCode is { } tb) transfers = transfers.Where(x => x.t.FromBodyCode == tb);
        if (own is not null) transfers = transfers.Where(x => own.Contains(x.t.FromBodyCode));
        var transferRows = await transfers.GroupBy(x => x.t.FromBodyCode).Select(g => new CaseCountRow(g.Key, g.Count())).ToListAsync(ct);

        // Months in Beijing time (UTC+8, no daylight saving).
        var monthRows = await cases.GroupBy(c => new { c.OpenedAt.AddHours(8).Year, c.OpenedAt.AddHours(8).Month }).Select(g => new
        {
            g.Key.Year,
            g.Key.Month,
            Received = g.Count(),
            Overdue = g.Sum(c => (c.SignedAt != null ? c.SignedAt > c.ReceiveDueAt : c.ReceiveDueAt < now)
                || (c.DecidedAt != null ? c.DecidedAt > c.AcceptDueAt : c.AcceptDueAt < now)
                || (c.ResolvedAt != null ? c.ResolvedAt > c.HandleDueAt : c.HandleDueAt < now) ? 1 : 0),
            Closed = g.Sum(c => c.Status == CaseStatuses.Closed ? 1 : 0),
        }).ToListAsync(ct);
        var months = monthRows.OrderBy(m => m.Year).ThenBy(m => m.Month)
            .Select(m => new CaseMonthRow($"{m.Year:D4}-{m.Month:D2}", m.Received, m.Overdue, m.Closed)).ToList();

        var open = db.Cases.Where(c => c.Status != CaseStatuses.Closed && c.TerritoryCode != null);
        if (q.BodyCode is { } ob) open = open.Where(c => c.Assignments.Any(a => a.BodyCode == ob));
        var openByTerritory = await open.GroupBy(c => c.TerritoryCode!).Select(g => new CaseCountRow(g.Key, g.Count())).ToListAsync(ct);

        var leads = db.Leads.Where(l => l.ReceivedAt >= from && l.ReceivedAt < to);
        if (q.TerritoryCode is { } lt) leads = leads.Where(l => l.ProposedTerritoryCode == lt);
        var leadCount = await leads.CountAsync(ct);

        return new CaseFiguresDto(leadCount, Sorted(byBody), Sorted(byTerritory), visitRows.OrderBy(v => v.BodyCode, StringComparer.Ordinal).ToList(),
            transferRows.OrderBy(t => t.Key, StringComparer.Ordinal).ToList(), months, openByTerritory.OrderBy(t => t.Key, StringComparer.Ordinal).ToList());
    }

    private static List<CaseFigureRow> Sorted(List<CaseFigureRow> rows) => rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
}
