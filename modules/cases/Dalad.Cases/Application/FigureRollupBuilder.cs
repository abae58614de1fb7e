using Dalad.Cases.Data;
using Dalad.Platform.Jobs;
using Dalad.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Dalad.Cases.Application;

/// <summary>Beijing months (UTC+8, no daylight saving) as the roll-up keys them: yyyyMM.</summary>
internal static class RollupMonths
{
    public static int Of(DateTime utc)
    {
        var local = utc.AddHours(8);
        return local.Year * 100 + local.Month;
    }

    /// <summary>The UTC instant the month starts (00:00 Beijing on the 1st).</summary>
    public static DateTime Start(int month) => new DateTime(month / 100, month % 100, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);

    public static DateTime End(int month) => Start(Next(month));

    public static int Next(int month) => month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;

    public static IEnumerable<int> Range(int first, int last)
    {
        for (var m = first; m <= last; m = Next(m)) yield return m;
    }
}

/// <summary>
/// Builds the command view's monthly roll-up (<see cref="FigureRollup"/>): for one whole Beijing month, the same GROUP BYs
/// as the live figures (<see cref="CaseFigures"/>), keyed finer (territory × territorial owner × industry owner × lead
/// role × the fact's own body) so that any caller's scope and any row can be summed from it exactly. A month is
/// replaced whole in one transaction: readers see the old month or the new one.
/// </summary>
internal sealed class FigureRollupBuilder(CasesDbContext db, IClock clock, IConfiguration configuration, ILogger<FigureRollupBuilder> logger)
{
    private static readonly List<string> OpenStatuses = CaseStatuses.All.Where(CaseStatuses.IsOpen).ToList();

    /// <summary>A write stamped just before a build may be committed after the build read: changes are looked for this
    /// far before a build or a run.</summary>
    public static readonly TimeSpan CommitMargin = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Brings the roll-up up to date: builds the whole months it lacks (from the first case or lead to last month),
    /// rebuilds the months a fact changed in since the last run (cases, leads, visits and transfers created or modified,
    /// and every month a changed case's facts are dated in) and those built longer ago than
    /// <c>Cases:FigureRollupRebuildAfter</c> (a day: a step falling due with nobody acting changes no row), then marks
    /// every month checked now. Returns the months built.
    /// </summary>
    public async Task<IReadOnlyList<int>> RefreshAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var last = PreviousMonth(RollupMonths.Of(now));
        var firstCase = await db.Cases.IgnoreQueryFilters().MinAsync(c => (DateTime?)c.OpenedAt, ct);
        var firstLead = await db.Leads.IgnoreQueryFilters().MinAsync(l => (DateTime?)l.ReceivedAt, ct);
        var firstFact = new[] { firstCase, firstLead }.Where(d => d is not null).Min();
        if (firstFact is null) return [];
        var first = RollupMonths.Of(firstFact.Value);
        if (first > last) return [];

        var states = await db.FigureRollupMonths.AsNoTracking().ToListAsync(ct);
        var months = new SortedSet<int>(RollupMonths.Range(first, last).Except(states.Select(s => s.Month)));
        if (states.Count > 0)
        {
            var mark = states.Min(s => s.CheckedAt) - CommitMargin;
            months.UnionWith((await TouchedMonthsAsync(db, mark, ct)).Keys);
            var rebuildAfter = configuration.GetValue("Cases:FigureRollupRebuildAfter", TimeSpan.FromDays(1));
            months.UnionWith(states.Where(s => s.BuiltAt < now - rebuildAfter).Select(s => s.Month));
        }
        months.RemoveWhere(m => m > last);
        foreach (var month in months) await BuildMonthAsync(month, now, ct);
        await db.FigureRollupMonths.ExecuteUpdateAsync(s => s.SetProperty(m => m.CheckedAt, now), ct);
        if (months.Count > 0) logger.LogInformation("Figure roll-up: {Count} months built ({First}–{Last})", months.Count, months.Min, months.Max);
        return months.ToList();
    }

    private static int PreviousMonth(int month) => month % 100 == 1 ? (month / 100 - 1) * 100 + 12 : month - 1;

    /// <summary>
    /// The months whose figures a write since <paramref name="mark"/> may have changed: the opening months of the cases
    /// created or modified since (a step, a transfer, a visit's reopening all modify the case), the months of their
    /// visits, transfers and leads (they are keyed by the case's owners), and the months of visits, transfers and leads
    /// created or modified since. Each part reads an index on CreatedAt or LastModifiedAt: cheap when little changed.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, DateTime>> TouchedMonthsAsync(CasesDbContext db, DateTime mark, CancellationToken ct)
    {
        // Separate statements, each along one index: an OR with the semi-join would read every visit. Each fact found
        // comes with the time of the write that touched it, so that a month built after that write is not touched.
        var touched = db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.CreatedAt >= mark || c.LastModifiedAt >= mark);
        var visits = db.Visits.AsNoTracking();
        var transfers = db.Transfers.AsNoTracking();
        var leads = db.Leads.IgnoreQueryFilters().AsNoTracking();
        var found = new List<(DateTime At, DateTime Written)>();
        void Add<T>(IEnumerable<T> rows, Func<T, (DateTime, DateTime)> pick) => found.AddRange(rows.Select(pick));
        Add(await touched.Select(c => new { c.OpenedAt, W = c.LastModifiedAt ?? c.CreatedAt }).ToListAsync(ct), x => (x.OpenedAt, x.W));
        Add(await visits.Where(v => v.CreatedAt >= mark || v.LastModifiedAt >= mark)
            .Select(v => new { v.CreatedAt, W = v.LastModifiedAt ?? v.CreatedAt }).ToListAsync(ct), x => (x.CreatedAt, x.W));
        Add(await (from v in visits join c in touched on v.CaseId equals c.Id select new { v.CreatedAt, W = c.LastModifiedAt ?? c.CreatedAt })
            .ToListAsync(ct), x => (x.CreatedAt, x.W));
        Add(await transfers.Where(t => t.CreatedAt >= mark || t.LastModifiedAt >= mark)
            .Select(t => new { t.CreatedAt, W = t.LastModifiedAt ?? t.CreatedAt }).ToListAsync(ct), x => (x.CreatedAt, x.W));
        Add(await (from t in transfers join c in touched on t.CaseId equals c.Id select new { t.CreatedAt, W = c.LastModifiedAt ?? c.CreatedAt })
            .ToListAsync(ct), x => (x.CreatedAt, x.W));
        Add(await leads.Where(l => l.CreatedAt >= mark || l.LastModifiedAt >= mark)
            .Select(l => new { l.ReceivedAt, W = l.LastModifiedAt ?? l.CreatedAt }).ToListAsync(ct), x => (x.ReceivedAt, x.W));
        Add(await (from l in leads join c in touched on l.CaseId equals (Guid?)c.Id select new { l.ReceivedAt, W = c.LastModifiedAt ?? c.CreatedAt })
            .ToListAsync(ct), x => (x.ReceivedAt, x.W));
        return found.GroupBy(f => RollupMonths.Of(f.At)).ToDictionary(g => g.Key, g => g.Max(f => f.Written));
    }

    /// <summary>Replaces one month's rows; the open and overdue counts are judged against <paramref name="now"/>.</summary>
    public async Task BuildMonthAsync(int month, DateTime now, CancellationToken ct = default)
    {
        var (start, end) = (RollupMonths.Start(month), RollupMonths.End(month));
        var open = OpenStatuses;
        var all = db.Cases.IgnoreQueryFilters().AsNoTracking();
        var territorial = db.Assignments.AsNoTracking().Where(a => a.Role == CaseRoles.Territorial);
        var industry = db.Assignments.AsNoTracking().Where(a => a.Role == CaseRoles.Industry);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off; SET LOCAL work_mem = '32MB'", ct);

        var cases = await (
            from c in all.Where(c => c.OpenedAt >= start && c.OpenedAt < end)
            join t in territorial on c.Id equals t.CaseId into ts
            from t in ts.DefaultIfEmpty()
            join i in industry on c.Id equals i.CaseId into ins
            from i in ins.DefaultIfEmpty()
            group c by new { c.TerritoryCode, Territorial = t.BodyCode, Industry = i.BodyCode, c.LeadRole } into g
            select new
            {
                g.Key.TerritoryCode, g.Key.Territorial, g.Key.Industry, g.Key.LeadRole,
                Count = g.Count(),
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

        // Visits and transfers by their own date, with their case's territory and owners (a fact without its case, if
        // any, keeps null keys: only the joint office counts it, as live).
        var visits = await (
            from v in db.Visits.AsNoTracking().Where(v => v.CreatedAt >= start && v.CreatedAt < end)
            join c in all on v.CaseId equals c.Id into cs
            from c in cs.DefaultIfEmpty()
            join t in territorial on v.CaseId equals t.CaseId into ts
            from t in ts.DefaultIfEmpty()
            join i in industry on v.CaseId equals i.CaseId into ins
            from i in ins.DefaultIfEmpty()
            group v by new { c.TerritoryCode, Territorial = t.BodyCode, Industry = i.BodyCode, v.ResolvedByBodyCode } into g
            select new { g.Key.TerritoryCode, g.Key.Territorial, g.Key.Industry, Actor = g.Key.ResolvedByBodyCode, Count = g.Count(), Satisfied = g.Sum(v => v.Satisfied ? 1 : 0) })
            .ToListAsync(ct);
        var transfers = await (
            from x in db.Transfers.AsNoTracking().Where(x => x.CreatedAt >= start && x.CreatedAt < end)
            join c in all on x.CaseId equals c.Id into cs
            from c in cs.DefaultIfEmpty()
            join t in territorial on x.CaseId equals t.CaseId into ts
            from t in ts.DefaultIfEmpty()
            join i in industry on x.CaseId equals i.CaseId into ins
            from i in ins.DefaultIfEmpty()
            group x by new { c.TerritoryCode, Territorial = t.BodyCode, Industry = i.BodyCode, x.FromBodyCode } into g
            select new { g.Key.TerritoryCode, g.Key.Territorial, g.Key.Industry, Actor = g.Key.FromBodyCode, Count = g.Count() })
            .ToListAsync(ct);
        // Leads by registration, with their proposed territory (the live count filters on it) and their case's owners.
        var leads = await (
            from l in db.Leads.IgnoreQueryFilters().AsNoTracking().Where(l => l.ReceivedAt >= start && l.ReceivedAt < end)
            join t in territorial on l.CaseId equals (Guid?)t.CaseId into ts
            from t in ts.DefaultIfEmpty()
            join i in industry on l.CaseId equals (Guid?)i.CaseId into ins
            from i in ins.DefaultIfEmpty()
            group l by new { l.ProposedTerritoryCode, Territorial = t.BodyCode, Industry = i.BodyCode, l.IntakeBodyCode } into g
            select new { TerritoryCode = g.Key.ProposedTerritoryCode, g.Key.Territorial, g.Key.Industry, Actor = g.Key.IntakeBodyCode, Count = g.Count() })
            .ToListAsync(ct);

        await db.FigureRollups.Where(r => r.Month == month).ExecuteDeleteAsync(ct);
        db.FigureRollups.AddRange(cases.Select(c => new FigureRollup
        {
            Kind = FigureRollupKinds.Case, Month = month, TerritoryCode = c.TerritoryCode, TerritorialBodyCode = c.Territorial,
            IndustryBodyCode = c.Industry, LeadRole = c.LeadRole, Count = c.Count, Open = c.Open, OverdueNow = c.OverdueNow,
            ReceiveInTime = c.ReceiveInTime, ReceiveOverdue = c.ReceiveOverdue, AcceptInTime = c.AcceptInTime, AcceptOverdue = c.AcceptOverdue,
            HandleInTime = c.HandleInTime, HandleOverdue = c.HandleOverdue, Reopenings = c.Reopenings, AnyOverdue = c.AnyOverdue, Closed = c.Closed,
        }));
        db.FigureRollups.AddRange(visits.Select(v => new FigureRollup
        {
            Kind = FigureRollupKinds.Visit, Month = month, TerritoryCode = v.TerritoryCode, TerritorialBodyCode = v.Territorial,
            IndustryBodyCode = v.Industry, ActorBodyCode = v.Actor, Count = v.Count, Satisfied = v.Satisfied,
        }));
        db.FigureRollups.AddRange(transfers.Select(x => new FigureRollup
        {
            Kind = FigureRollupKinds.Transfer, Month = month, TerritoryCode = x.TerritoryCode, TerritorialBodyCode = x.Territorial,
            IndustryBodyCode = x.Industry, ActorBodyCode = x.Actor, Count = x.Count,
        }));
        db.FigureRollups.AddRange(leads.Select(l => new FigureRollup
        {
            Kind = FigureRollupKinds.Lead, Month = month, TerritoryCode = l.TerritoryCode, TerritorialBodyCode = l.Territorial,
            IndustryBodyCode = l.Industry, ActorBodyCode = l.Actor, Count = l.Count,
        }));
        var state = await db.FigureRollupMonths.FindAsync([month], ct);
        if (state is null) db.FigureRollupMonths.Add(new FigureRollupMonth { Month = month, BuiltAt = now, CheckedAt = now });
        else (state.BuiltAt, state.CheckedAt) = (now, now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}

/// <summary>Keeps the roll-up current (<see cref="FigureRollupBuilder.RefreshAsync"/>); its first run after a start, in the
/// background like every recurring job, builds what is missing — readiness never waits for it.</summary>
internal sealed class FigureRollupJob(FigureRollupBuilder builder, IConfiguration configuration) : IRecurringJob
{
    public const string JobName = "cases-figure-rollup";

    public string Name => JobName;

    public TimeSpan Interval => configuration.GetValue("Cases:FigureRollupInterval", TimeSpan.FromHours(1));

    public Task RunAsync(CancellationToken cancellationToken) => builder.RefreshAsync(cancellationToken);
}
