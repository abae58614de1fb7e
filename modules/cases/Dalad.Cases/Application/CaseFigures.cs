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
/// With <see cref="CaseFiguresQuery.FromRollup"/> the whole months the roll-up holds are summed from it
/// (<see cref="FigureRollupBuilder"/>) and only the rest of the period is aggregated live.
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
        var own = scope.SeesAllBodies ? null : scope.BodyCodes.ToList();
        var (rolled, live, asOf) = q.FromRollup ? await PlanAsync(q.From, q.To, ct) : ([], [(q.From, q.To)], null);
        var parts = new List<Part>();
        foreach (var (from, to) in live) parts.Add(await ReadLiveAsync(from, to, q, own, ct));
        if (rolled.Count > 0) parts.Add(await ReadRollupAsync(rolled, q, own, ct));

        var open = OpenStatuses;
        var visible = db.VisibleCases();
        var openCases = visible.Where(c => open.Contains(c.Status) && c.TerritoryCode != null);
        if (q.BodyCode is { } ob) openCases = openCases.Where(c => c.Assignments.Any(a => a.BodyCode == ob));
        var openByTerritory = await openCases.GroupBy(c => c.TerritoryCode!).Select(g => new CaseCountRow(g.Key, g.Count())).ToListAsync(ct);

        var cells = parts.SelectMany(p => p.Cells).ToList();
        var byBody = parts.SelectMany(p => p.ByBody).GroupBy(r => r.Key).Select(g => Sum(g.Key, g)).ToList();
        var byTerritory = cells.Where(x => x.TerritoryCode != null).GroupBy(x => x.TerritoryCode!).Select(g => Sum(g.Key, g.Select(x => x.Row))).ToList();
        var months = cells.GroupBy(x => (x.Year, x.Month)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new CaseMonthRow($"{g.Key.Year:D4}-{g.Key.Month:D2}", g.Sum(x => x.Row.Received), g.Sum(x => x.AnyOverdue), g.Sum(x => x.Closed))).ToList();
        var visitRows = parts.SelectMany(p => p.Visits).GroupBy(v => v.BodyCode)
            .Select(g => new CaseVisitFigureRow(g.Key, g.Sum(v => v.Visits), g.Sum(v => v.Satisfied))).OrderBy(v => v.BodyCode, StringComparer.Ordinal).ToList();
        var transferRows = parts.SelectMany(p => p.Transfers).GroupBy(t => t.Key)
            .Select(g => new CaseCountRow(g.Key, g.Sum(t => t.Count))).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();

        return new CaseFiguresDto(parts.Sum(p => p.Leads), Sorted(byBody), Sorted(byTerritory), visitRows, transferRows, months,
            openByTerritory.OrderBy(t => t.Key, StringComparer.Ordinal).ToList(), asOf);
    }

    /// <summary>
    /// Which whole Beijing months of the period the roll-up holds (read from it) and the rest of the period as ranges
    /// read live: the partial months at its edges, the current month, any month not built yet and any month a fact of
    /// which changed since it was built. The "as of" is the oldest build among the months read from the roll-up: only the
    /// passing of time (a step falling due with nobody acting) can have changed their figures since.
    /// </summary>
    private async Task<(List<int> Rolled, List<(DateTime From, DateTime To)> Live, DateTime? AsOf)> PlanAsync(DateTime from, DateTime to, CancellationToken ct)
    {
        var whole = new List<int>();
        var first = RollupMonths.Of(from);
        if (RollupMonths.Start(first) < from) first = RollupMonths.Next(first);
        for (var m = first; RollupMonths.End(m) <= to; m = RollupMonths.Next(m)) whole.Add(m);
        if (whole.Count == 0) return ([], [(from, to)], null);
        var (low, high) = (whole[0], whole[^1]);
        var built = await db.FigureRollupMonths.AsNoTracking().Where(s => s.Month >= low && s.Month <= high).ToListAsync(ct);
        // A month a fact of which changed since it was built is read live until the next run rebuilds it: a change shows at once.
        if (built.Count > 0)
        {
            var touched = await FigureRollupBuilder.TouchedMonthsAsync(db, built.Min(b => b.BuiltAt) - FigureRollupBuilder.CommitMargin, ct);
            built = built.Where(b => !(touched.TryGetValue(b.Month, out var written) && written >= b.BuiltAt - FigureRollupBuilder.CommitMargin)).ToList();
        }
        var rolled = whole.Where(m => built.Any(b => b.Month == m)).ToList();
        var live = new List<(DateTime From, DateTime To)>();
        var cursor = from;
        foreach (var m in rolled)
        {
            if (RollupMonths.Start(m) > cursor) live.Add((cursor, RollupMonths.Start(m)));
            cursor = RollupMonths.End(m);
        }
        if (cursor < to) live.Add((cursor, to));
        return (rolled, live, rolled.Count == 0 ? null : built.Where(b => rolled.Contains(b.Month)).Min(b => b.BuiltAt));
    }

    /// <summary>The figures of [from, to) aggregated from the cases, visits, transfers and leads themselves.</summary>
    private async Task<Part> ReadLiveAsync(DateTime from, DateTime to, CaseFiguresQuery q, List<string>? own, CancellationToken ct)
    {
        var now = q.Now;
        var open = OpenStatuses;
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
        // daylight saving), then summed both ways in memory (at most 18 territories × 37 months of rows).
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

        // A lead is the caller's when his body is its intake desk or owns its case (the context's lead filter), counted as
        // two disjoint parts: an "OR EXISTS" would probe the assignments once per lead of the period.
        var leads = db.Leads.IgnoreQueryFilters().Where(l => l.ReceivedAt >= from && l.ReceivedAt < to);
        if (q.TerritoryCode is { } lt) leads = leads.Where(l => l.ProposedTerritoryCode == lt);
        var leadCount = own is null ? await leads.CountAsync(ct)
            : await leads.CountAsync(l => own.Contains(l.IntakeBodyCode), ct)
              + await leads.CountAsync(l => !own.Contains(l.IntakeBodyCode)
                  && db.Assignments.Any(a => a.CaseId == l.CaseId && own.Contains(a.BodyCode)), ct);

        return new Part(leadCount, byBody,
            cells.Select(x => new Cell(x.TerritoryCode, x.Year, x.Month, new CaseFigureRow("", x.Received, x.Open, x.OverdueNow, x.ReceiveInTime,
                x.ReceiveOverdue, x.AcceptInTime, x.AcceptOverdue, x.HandleInTime, x.HandleOverdue, x.Reopenings), x.AnyOverdue, x.Closed)).ToList(),
            visitRows, transferRows);
    }

    /// <summary>
    /// The figures of whole months from the roll-up, summed here the way the live statements group: a body's row from the
    /// cells it owns in either role (its step figures only where it holds the lead role; a case both roles of which it
    /// holds counts twice, as its two assignments do live), a case's territory and month rows once when the caller owns it
    /// in either role, visits and transfers by their own body when the caller also sees their case, leads by desk or case.
    /// </summary>
    private async Task<Part> ReadRollupAsync(List<int> months, CaseFiguresQuery q, List<string>? own, CancellationToken ct)
    {
        var query = db.FigureRollups.AsNoTracking().Where(r => months.Contains(r.Month));
        if (q.TerritoryCode is { } territory) query = query.Where(r => r.TerritoryCode == territory);
        if (own is not null)
            query = query.Where(r => own.Contains(r.TerritorialBodyCode!) || own.Contains(r.IndustryBodyCode!)
                || (r.Kind == FigureRollupKinds.Lead && own.Contains(r.ActorBodyCode!)));
        var rows = await query.ToListAsync(ct);

        bool Mine(string? body) => body is not null && (own is null || own.Contains(body));
        bool Sees(FigureRollup r) => own is null || Mine(r.TerritorialBodyCode) || Mine(r.IndustryBodyCode);
        var byBody = new List<CaseFigureRow>();
        var cells = new List<Cell>();
        foreach (var r in rows.Where(r => r.Kind == FigureRollupKinds.Case))
        {
            foreach (var (role, body) in new[] { (CaseRoles.Territorial, r.TerritorialBodyCode), (CaseRoles.Industry, r.IndustryBodyCode) })
            {
                if (!Mine(body) || (q.BodyCode is not null && body != q.BodyCode)) continue;
                var leads = r.LeadRole == role;
                byBody.Add(new CaseFigureRow(body!, r.Count, r.Open, r.OverdueNow,
                    leads ? r.ReceiveInTime : 0, leads ? r.ReceiveOverdue : 0, leads ? r.AcceptInTime : 0, leads ? r.AcceptOverdue : 0,
                    leads ? r.HandleInTime : 0, leads ? r.HandleOverdue : 0, r.Reopenings));
            }
            if (!Sees(r) || (q.BodyCode is { } b && r.TerritorialBodyCode != b && r.IndustryBodyCode != b)) continue;
            cells.Add(new Cell(r.TerritoryCode, r.Month / 100, r.Month % 100, new CaseFigureRow("", r.Count, r.Open, r.OverdueNow, r.ReceiveInTime,
                r.ReceiveOverdue, r.AcceptInTime, r.AcceptOverdue, r.HandleInTime, r.HandleOverdue, r.Reopenings), r.AnyOverdue, r.Closed));
        }
        bool Counts(FigureRollup r) => (q.BodyCode is null || r.ActorBodyCode == q.BodyCode) && (own is null || (Mine(r.ActorBodyCode) && Sees(r)));
        var visits = rows.Where(r => r.Kind == FigureRollupKinds.Visit && Counts(r))
            .Select(r => new CaseVisitFigureRow(r.ActorBodyCode!, r.Count, r.Satisfied)).ToList();
        var transfers = rows.Where(r => r.Kind == FigureRollupKinds.Transfer && Counts(r)).Select(r => new CaseCountRow(r.ActorBodyCode!, r.Count)).ToList();
        var leadCount = rows.Where(r => r.Kind == FigureRollupKinds.Lead && (own is null || Mine(r.ActorBodyCode) || Sees(r))).Sum(r => r.Count);
        return new Part(leadCount, byBody, cells, visits, transfers);
    }

    private static CaseFigureRow Sum(string key, IEnumerable<CaseFigureRow> rows)
    {
        var list = rows.ToList();
        return new CaseFigureRow(key, list.Sum(r => r.Received), list.Sum(r => r.Open), list.Sum(r => r.OverdueNow), list.Sum(r => r.ReceiveInTime),
            list.Sum(r => r.ReceiveOverdue), list.Sum(r => r.AcceptInTime), list.Sum(r => r.AcceptOverdue), list.Sum(r => r.HandleInTime),
            list.Sum(r => r.HandleOverdue), list.Sum(r => r.Reopenings));
    }

    /// <summary>Cases of one territory (or none) and Beijing month: the row's counts, how many had any step overdue, how many are closed.</summary>
    private sealed record Cell(string? TerritoryCode, int Year, int Month, CaseFigureRow Row, int AnyOverdue, int Closed);

    /// <summary>The figures of one live range or of the roll-up's months, summed with the others'.</summary>
    private sealed record Part(int Leads, List<CaseFigureRow> ByBody, List<Cell> Cells, List<CaseVisitFigureRow> Visits, List<CaseCountRow> Transfers);

    private static List<CaseFigureRow> Sorted(List<CaseFigureRow> rows) => rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
}
