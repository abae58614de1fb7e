using System.Text.Json;
using Dalad.Platform.Jobs;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Projects.Data;
using Dalad.Projects.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dalad.Projects.Application;

/// <summary>
/// Runs the rules (<see cref="WarningEngine"/>) over a project and saves the warnings it has not raised before, with
/// the project's owners of the moment. Called after every change of a project and by the scheduled job for all.
/// </summary>
internal sealed class WarningEvaluator(ProjectsDbContext db, DataScope scope, IClock clock, ProjectTypes types)
{
    public DateOnly Today => DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);

    /// <summary>Evaluates one project (already saved); returns how many warnings were raised.</summary>
    public async Task<int> EvaluateAsync(Guid projectId, CancellationToken ct)
    {
        using var system = scope.BeginSystemScope(); // the warnings are the owners', whoever changed the project
        await WarningRuleSeeder.SeedPluginRulesAsync(db, types, ct);
        var rules = await db.Rules.AsNoTracking().ToListAsync(ct);
        var project = await db.Projects.AsNoTracking().Include(p => p.Advances).Include(p => p.Inspections).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == projectId, ct);
        return project is null ? 0 : await RaiseAsync([project], rules, ct);
    }

    /// <summary>Evaluates every project, 500 at a time; returns how many warnings were raised.</summary>
    public async Task<int> EvaluateAllAsync(CancellationToken ct)
    {
        using var system = scope.BeginSystemScope();
        await WarningRuleSeeder.SeedPluginRulesAsync(db, types, ct);
        var rules = await db.Rules.AsNoTracking().ToListAsync(ct);
        var raised = 0;
        var all = await db.Projects.Select(p => p.Id).ToListAsync(ct);
        foreach (var chunk in all.Chunk(500))
        {
            var page = await db.Projects.AsNoTracking().Include(p => p.Advances).Include(p => p.Inspections).AsSplitQuery()
                .Where(p => chunk.Contains(p.Id)).ToListAsync(ct);
            raised += await RaiseAsync(page, rules, ct);
            db.ChangeTracker.Clear(); // the warnings saved: 5,000 projects' worth tracked at once would slow every later save
        }
        return raised;
    }

    /// <summary>Days worked (distinct Beijing dates with a clock-in) and days paid, per worker and month, of the projects.</summary>
    public async Task<Dictionary<Guid, List<WorkerMonth>>> PayFactsAsync(IReadOnlyList<Guid> projectIds, CancellationToken ct) =>
        (await AttendanceFactsAsync(projectIds, ct)).Pay;

    /// <summary>
    /// What the rules need of the attendance, aggregated in the database in one pass (GROUP BY project, worker and month,
    /// over the index (project, month, worker, date)): days worked and the latest day per worker-month, with the days
    /// paid beside them; and each project's latest clock-in. The clock-ins themselves never leave the database.
    /// </summary>
    public async Task<(Dictionary<Guid, List<WorkerMonth>> Pay, Dictionary<Guid, DateOnly?> LastAttendance)> AttendanceFactsAsync(
        IReadOnlyList<Guid> projectIds, CancellationToken ct)
    {
        var worked = await db.Attendance.AsNoTracking().Where(a => projectIds.Contains(a.ProjectId))
            .GroupBy(a => new { a.ProjectId, a.WorkerId, a.Month })
            .Select(g => new { g.Key.ProjectId, g.Key.WorkerId, g.Key.Month, Days = g.Select(a => a.Date).Distinct().Count(), Last = g.Max(a => a.Date) })
            .ToListAsync(ct);
        if (worked.Count == 0) return ([], []);
        var paid = (await db.Payments.AsNoTracking().Where(p => projectIds.Contains(p.ProjectId)).Select(p => new { p.WorkerId, p.Month, p.DaysPaid }).ToListAsync(ct))
            .ToDictionary(p => (p.WorkerId, p.Month), p => p.DaysPaid);
        var labels = (await db.Workers.AsNoTracking().Where(w => projectIds.Contains(w.ProjectId)).ToListAsync(ct)).ToDictionary(w => w.Id, w => w.MaskedLabel);
        var pay = worked.GroupBy(w => w.ProjectId).ToDictionary(g => g.Key, g => g
            .Select(w => new WorkerMonth(w.WorkerId, labels.GetValueOrDefault(w.WorkerId) ?? "*", w.Month, w.Days, paid.GetValueOrDefault((w.WorkerId, w.Month))))
            .ToList());
        var last = worked.GroupBy(w => w.ProjectId).ToDictionary(g => g.Key, g => (DateOnly?)g.Max(w => w.Last));
        return (pay, last);
    }

    private async Task<int> RaiseAsync(IReadOnlyList<Project> projects, IReadOnlyList<WarningRule> rules, CancellationToken ct)
    {
        var today = Today;
        var ids = projects.Select(p => p.Id).ToList();
        var existing = (await db.Warnings.IgnoreQueryFilters().Where(w => ids.Contains(w.ProjectId)).Select(w => new { w.ProjectId, w.RuleKey, w.FactKey }).ToListAsync(ct))
            .Select(w => (w.ProjectId, w.RuleKey, w.FactKey)).ToHashSet();
        var (pay, lastAttendance) = await AttendanceFactsAsync(ids, ct);
        var added = new List<Warning>();
        var pluginRules = types.PluginRules;
        foreach (var project in projects)
            foreach (var finding in WarningEngine.Evaluate(project, rules, today, pay.GetValueOrDefault(project.Id), lastAttendance.GetValueOrDefault(project.Id), pluginRules))
                if (existing.Add((project.Id, finding.RuleKey, finding.FactKey)))
                    added.Add(new Warning
                    {
                        ProjectId = project.Id, ProjectName = project.Name, RuleKey = finding.RuleKey, FactKey = finding.FactKey,
                        Severity = finding.Severity, Evidence = [.. finding.Evidence], RaisedAt = clock.UtcNow,
                        IndustryBodyCode = project.IndustryBodyCode, TerritorialBodyCode = project.TerritorialBodyCode,
                    });
        if (added.Count == 0) return 0;
        db.Warnings.AddRange(added);
        try
        {
            await db.SaveChangesAsync(ct);
            return added.Count;
        }
        catch (DbUpdateException)
        {
            // Another instance raised some of them meanwhile (the unique key): save the rest one by one.
            db.ChangeTracker.Clear();
            var count = 0;
            foreach (var warning in added)
            {
                db.Warnings.Add(warning);
                try { await db.SaveChangesAsync(ct); count++; }
                catch (DbUpdateException) { }
                db.ChangeTracker.Clear();
            }
            return count;
        }
    }
}

/// <summary>The scheduled evaluation: every project, on the persisted schedule, once across instances.</summary>
internal sealed class WarningJob(WarningEvaluator evaluator, IConfiguration configuration) : IRecurringJob
{
    public string Name => "projects-warnings";

    public TimeSpan Interval => configuration.GetValue("Projects:WarningJobInterval", TimeSpan.FromHours(1));

    public Task RunAsync(CancellationToken cancellationToken) => evaluator.EvaluateAllAsync(cancellationToken);
}

/// <summary>Seeds the warning rules once from SeedData/warning-rules.json; later starts keep what administrators changed.</summary>
internal static class WarningRuleSeeder
{
    public static async Task SeedAsync(ProjectsDbContext db, CancellationToken ct)
    {
        using var stream = typeof(WarningRuleSeeder).Assembly.GetManifestResourceStream("Dalad.Projects.SeedData.warning-rules.json")!;
        var seed = JsonSerializer.Deserialize<RuleSeed>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var known = await db.Rules.Select(r => r.Key).ToListAsync(ct);
        foreach (var rule in seed.Rules.Where(r => !known.Contains(r.Key)))
            db.Rules.Add(new WarningRule { Key = rule.Key, Threshold = rule.Threshold, Severity = rule.Severity, Enabled = rule.Enabled });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The departments' own rules get their stored row (threshold, severity, enabled) from their definition's seed the
    /// first time they are seen; afterwards administrators change them like any rule. A definition changed at run time
    /// brings its new rules at the next evaluation or listing.
    /// </summary>
    public static async Task SeedPluginRulesAsync(ProjectsDbContext db, ProjectTypes types, CancellationToken ct)
    {
        var seeds = types.Contributions.Departments.SelectMany(d => d.Rules).ToList();
        if (seeds.Count == 0) return;
        var keys = seeds.Select(r => r.Key).ToList();
        var known = await db.Rules.AsNoTracking().Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct);
        var missing = seeds.Where(r => !known.Contains(r.Key)).ToList();
        if (missing.Count == 0) return;
        var added = missing.Select(r => new WarningRule { Key = r.Key, Threshold = r.Threshold, Severity = r.Severity, Enabled = r.Enabled }).ToList();
        db.Rules.AddRange(added);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another instance seeded them meanwhile (the key is unique): theirs stand.
            foreach (var rule in added) db.Entry(rule).State = EntityState.Detached;
        }
    }

    private sealed record RuleSeed(List<RuleSeedItem> Rules);

    private sealed record RuleSeedItem(string Key, int Threshold, string Severity, bool Enabled);
}
