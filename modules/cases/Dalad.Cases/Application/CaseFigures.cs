using System.Data;
using Dalad.Cases.Data;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary>
/// <see cref="ICaseFigures"/>: every figure is one GROUP BY in the database over the cases the caller sees. A body's
/// leader gets rows only for his own bodies, even for cases he shares with another.
/// The scope is not the context's query filter ("sees all OR EXISTS", one plan for both, which defeats the indexes, as
/// in the inbox): nothing for the joint office, a semi-join on <c>CaseAssignments(BodyCode, CaseId)</c> for a body.
/// </summary>
internal sealed class CaseFigures(CasesDbContext db, DataScope scope) : ICaseFigures
{
    // Every status but closed, listed, so that the (Status, …) indexes serve "still open" (a "<> 'closed'" reads them whole).
    private static readonly List<string> OpenStatuses = CaseStatuses.All.Where(CaseStatuses.IsOpen).ToList();

    public async Task<CaseFiguresDto> GetAsync(CaseFiguresQuery q, CancellationToken ct = default)
    {
        // PostgreSQL: every statement reads one snapshot, without JIT (compiling cost 0.3–0.6 s per statement at a million
        // cases and gained nothing on these aggregates) and with the memory to hash a year of cases without spilling.
        if (db.Database.IsSqlite() || db.Database.CurrentTransaction is not null) return await ReadAsync(q, ct);
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off; SET LOCAL work_mem = '32MB'", ct);
        var figures = await ReadAsync(q, ct);
        await tx.CommitAsync(ct);
        return figures;
    }

    private async Task<CaseFiguresDto> ReadAsync(CaseFiguresQuery q, CancellationToken ct)
    {
        var (from, to, now) = (q.From, q.To, q.Now);
        var open = OpenStatuses;
        var own = scope.SeesAllBodies ? null : scope.BodyCodes.ToList();
        var all = db.Cases.IgnoreQueryFilters().AsNoTracking();
        var visible = db.VisibleCases();
        var cases = visible.Where(c => c.OpenedAt >= from && c.OpenedAt < to);
        if (q.TerritoryCode is { } territory) cases = cases.Where(c => c.TerritoryCode == territory);
        if (q.BodyCode is { } body) cases = cases.Where(c => c.Assignments.Any(a => a.BodyCode == body));

        // Per body the assignments are already the caller's own, so their cases are visible: no scope on the cases.
        var assignments = db.Assignments.AsNoTracking();
        if (own is not null) assignments = assignments.Where(a => own.Contains(a.BodyCode));
        if (q.BodyCode is { } only) assignments = assignments.Where(a => a.BodyCode == only);
        var period = all.Where(c => c.OpenedAt >= from && c.OpenedAt < to);
        if (q.TerritoryCode is { } bt) period = period.Where(c => c.TerritoryCode == bt);
        var byBody = await (
            from a in assignments
            join c in period on a.CaseId equals c.Id
            group new { a, c } by a.BodyCode into g
            select new CaseFigureRow(
                g.Key,
                g.Count(),
                g.Sum(x => open.Contains(x.c.Status) ? 1 : 0),
                g.Sum(x => open.Contains(x.c.Status) && x.c.StepDueAt < now ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && x.c.SignedAt != null && x.c.SignedAt <= x.c.ReceiveDueAt ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && (x.c.SignedAt != null ? x.c.SignedAt > x.c.ReceiveDueAt : x.c.ReceiveDueAt < now) ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && x.c.DecidedAt != null && x.c.DecidedAt <= x.c.AcceptDueAt ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && (x.c.DecidedAt != null ? x.c.DecidedAt > x.c.AcceptDueAt : x.c.AcceptDueAt < now) ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && x.c.ResolvedAt != null && x.c.ResolvedAt <= x.c.HandleDueAt ? 1 : 0),
                g.Sum(x => x.a.Role == x.c.LeadRole && (x.c.ResolvedAt != null ? x.c.ResolvedAt > x.c.HandleDueAt : x.c.HandleDueAt < now) ? 1 : 0),
                g.Sum(x => x.c.ReopenCount))).ToListAsync(ct);

        // Territories and months in one pass over the period's cases: grouped by territory and Beijing month (UTC+8, no
        // daylight saving), then summed here both ways (at most 18 territories × 37 months of rows).
        var cells = await cases.GroupBy(c => new { c.TerritoryCode, c.OpenedAt.AddHours(8).Year, c.OpenedAt.AddHours(8).Month }).Select(g => new
        {
            g.Key.TerritoryCode,
            g.Key.Year,
            g.Key.Month,
            Received = g.Count(),
            Open = g.Sum(c => open.Contains(c.Status) ? 1 : 0),
            OverdueNow = g.Sum(c => open.Contains(c.Status) && c.StepDueAt < now ? 1 : 0),
            ReceiveInTime = g.Sum(c => c.SignedAt != null && c.SignedAt <= c.ReceiveDueAt ? 1 : 0),
            ReceiveOverdue = g.Sum(c => (c.SignedAt != null ? c.SignedAt > c.ReceiveDueAt : c.ReceiveDueAt < now) ? 1 : 0),
            AcceptInTime = g.Sum(c => c.DecidedAt != null && c.DecidedAt <= c.AcceptDueAt ? 1 : 0),
            AcceptOverdue = g.Sum(c => (c.DecidedAt != null ? c.DecidedAt > c.AcceptDueAt : c.AcceptDueAt < now) ? 1 : 0),
            HandleInTime = g.Sum(c => c.ResolvedAt != null && c.ResolvedAt <= c.HandleDueAt ? 1 : 0),
            HandleOverdue = g.Sum(c => (c.ResolvedAt != null ? c.ResolvedAt > c.HandleDueAt : c.HandleDueAt < now) ? 1 : 0),
            Reopenings = g.Sum(c => c.ReopenCount),
            AnyOverdue = g.Sum(c => (c.SignedAt != null ? c.SignedAt > c.ReceiveDueAt : c.ReceiveDueAt < now)
                || (c.DecidedAt != null ? c.DecidedAt > c.AcceptDueAt : c.AcceptDueAt < now)
                || (c.ResolvedAt != null ? c.ResolvedAt > c.HandleDueAt : c.HandleDueAt < now) ? 1 : 0),
            Closed = g.Sum(c => c.Status == CaseStatuses.Closed ? 1 : 0),
        }).ToListAsync(ct);
        var byTerritory = cells.Where(x => x.TerritoryCode != null).GroupBy(x => x.TerritoryCode!).Select(g => new CaseFigureRow(
            g.Key, g.Sum(x => x.Received), g.Sum(x => x.Open), g.Sum(x => x.OverdueNow), g.Sum(x => x.ReceiveInTime), g.Sum(x => x.ReceiveOverdue),
            g.Sum(x => x.AcceptInTime), g.Sum(x => x.AcceptOverdue), g.Sum(x => x.HandleInTime), g.Sum(x => x.HandleOverdue), g.Sum(x => x.Reopenings))).ToList();
        var months = cells.GroupBy(x => (x.Year, x.Month)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new CaseMonthRow($"{g.Key.Year:D4}-{g.Key.Month:D2}", g.Sum(x => x.Received), g.Sum(x => x.AnyOverdue), g.Sum(x => x.Closed))).ToList();

        // Visits and transfers count when their case is visible (and in the territory asked for): a semi-join on the cases,
        // none for the joint office without a territory (every visit and transfer has its case).
        var visits = db.Visits.Where(v => v.CreatedAt >= from && v.CreatedAt < to);
        if (q.TerritoryCode is { } vt) visits = visits.Where(v => all.Any(c => c.Id == v.CaseId && c.TerritoryCode == vt));
        if (q.BodyCode is { } vb) visits = visits.Where(v => v.ResolvedByBodyCode == vb);
        if (own is not null) visits = visits.Where(v => own.Contains(v.ResolvedByBodyCode) && visible.Any(c => c.Id == v.CaseId));
        var visitRows = await visits.GroupBy(v => v.ResolvedByBodyCode)
            .Select(g => new CaseVisitFigureRow(g.Key, g.Count(), g.Sum(v => v.Satisfied ? 1 : 0))).ToListAsync(ct);

        var transfers = db.Transfers.Where(t => t.CreatedAt >= from && t.CreatedAt < to);
        if (q.TerritoryCode is { } tt) transfers = transfers.Where(t => all.Any(c => c.Id == t.CaseId && c.TerritoryCode == tt));
        if (q.BodyCode is { } tb) transfers = transfers.Where(t => t.FromBodyCode == tb);
        if (own is not null) transfers = transfers.Where(t => own.Contains(t.FromBodyCode) && visible.Any(c => c.Id == t.CaseId));
        var transferRows = await transfers.GroupBy(t => t.FromBodyCode).Select(g => new CaseCountRow(g.Key, g.Count())).ToListAsync(ct);

        var openCases = visible.Where(c => open.Contains(c.Status) && c.TerritoryCode != null);
        if (q.BodyCode is { } ob) openCases = openCases.Where(c => c.Assignments.Any(a => a.BodyCode == ob));
        var openByTerritory = await openCases.GroupBy(c => c.TerritoryCode!).Select(g => new CaseCountRow(g.Key, g.Count())).ToListAsync(ct);

        // A lead is the caller's when his body is its intake desk or owns its case (the context's lead filter), counted as
        // two disjoint parts: an "OR EXISTS" would probe the assignments once per lead of the period.
        var leads = db.Leads.IgnoreQueryFilters().Where(l => l.ReceivedAt >= from && l.ReceivedAt < to);
        if (q.TerritoryCode is { } lt) leads = leads.Where(l => l.ProposedTerritoryCode == lt);
        var leadCount = own is null ? await leads.CountAsync(ct)
            : await leads.CountAsync(l => own.Contains(l.IntakeBodyCode), ct)
              + await leads.CountAsync(l => !own.Contains(l.IntakeBodyCode)
                  && db.Assignments.Any(a => a.CaseId == l.CaseId && own.Contains(a.BodyCode)), ct);

        return new CaseFiguresDto(leadCount, Sorted(byBody), Sorted(byTerritory), visitRows.OrderBy(v => v.BodyCode, StringComparer.Ordinal).ToList(),
            transferRows.OrderBy(t => t.Key, StringComparer.Ordinal).ToList(), months, openByTerritory.OrderBy(t => t.Key, StringComparer.Ordinal).ToList());
    }

    private static List<CaseFigureRow> Sorted(List<CaseFigureRow> rows) => rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
}
