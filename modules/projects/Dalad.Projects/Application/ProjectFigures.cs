using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Projects.Data;
using Dalad.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Projects.Application;

/// <summary><see cref="IProjectFigures"/>: grouped in the database over the projects and warnings the caller sees, counted
/// for each of the two owners; a body's leader gets rows only for his own bodies.</summary>
internal sealed class ProjectFigures(ProjectsDbContext db, DataScope scope, IClock clock) : IProjectFigures
{
    public async Task<IReadOnlyList<ProjectBodyFiguresDto>> ByBodyAsync(CancellationToken cancellationToken = default)
    {
        var underWay = db.Projects.Where(p => p.CompletionDate == null);
        var byIndustry = await underWay.GroupBy(p => p.IndustryBodyCode).Select(g => new { Body = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byTerritory = await underWay.Where(p => p.TerritorialBodyCode != p.IndustryBodyCode)
            .GroupBy(p => p.TerritorialBodyCode).Select(g => new { Body = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var open = db.Warnings.Where(w => w.Status == WarningStatuses.Open);
        var warnIndustry = await open.GroupBy(w => w.IndustryBodyCode).Select(g => new { Body = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var warnTerritory = await open.Where(w => w.TerritorialBodyCode != w.IndustryBodyCode)
            .GroupBy(w => w.TerritorialBodyCode).Select(g => new { Body = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var projects = byIndustry.Concat(byTerritory).GroupBy(x => x.Body).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var warnings = warnIndustry.Concat(warnTerritory).GroupBy(x => x.Body).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        return projects.Keys.Union(warnings.Keys)
            .Where(b => scope.SeesAllBodies || scope.BodyCodes.Contains(b))
            .Order(StringComparer.Ordinal)
            .Select(b => new ProjectBodyFiguresDto(b, projects.GetValueOrDefault(b), warnings.GetValueOrDefault(b)))
            .ToList();
    }

    public async Task<IReadOnlyList<ProjectYearFiguresDto>> YearByBodyAsync(int year, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime);
        var (first, next) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var missed = new Dictionary<string, int>(StringComparer.Ordinal);
        var late = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(Dictionary<string, int> counts, string industry, string territorial, int n)
        {
            if (n == 0) return;
            counts[industry] = counts.GetValueOrDefault(industry) + n;
            if (territorial != industry) counts[territorial] = counts.GetValueOrDefault(territorial) + n;
        }

        // The warning's own rule and days of grace (WarningEngine.MissedInspectionMonths), over the projects whose works
        // overlap the year and the year's inspections: a month is judged only on its own inspections.
        var rule = await db.Rules.AsNoTracking().FirstOrDefaultAsync(r => r.Key == WarningRuleKeys.InspectionMissing, cancellationToken);
        if (rule is { Enabled: true })
        {
            var projects = await db.Projects.AsNoTracking()
                .Where(p => p.StartDate != null && p.StartDate < next && (p.CompletionDate == null || p.CompletionDate >= first))
                .Select(p => new { p.Id, Start = p.StartDate!.Value, p.CompletionDate, p.IndustryBodyCode, p.TerritorialBodyCode })
                .ToListAsync(cancellationToken);
            var ids = projects.Select(p => p.Id).ToList();
            var inspections = (await db.Inspections.AsNoTracking().Where(i => i.Date >= first && i.Date < next && ids.Contains(i.ProjectId))
                    .Select(i => new { i.ProjectId, i.Date }).ToListAsync(cancellationToken))
                .ToLookup(i => i.ProjectId, i => i.Date);
            foreach (var p in projects)
            {
                var months = WarningEngine.MissedInspectionMonths(p.Start, p.CompletionDate, inspections[p.Id].ToList(), rule.Threshold, today)
                    .Count(m => m >= first && m < next);
                Count(missed, p.IndustryBodyCode, p.TerritorialBodyCode, months);
            }
        }

        // Registered in the year (Beijing), after the works started.
        var (from, to) = (BeijingStart(first), BeijingStart(next));
        var registered = await db.Projects.AsNoTracking().Where(p => p.CreatedAt >= from && p.CreatedAt < to && p.StartDate != null)
            .Select(p => new { p.CreatedAt, p.StartDate, p.IndustryBodyCode, p.TerritorialBodyCode }).ToListAsync(cancellationToken);
        foreach (var p in registered.Where(p => WarningEngine.RegisteredAfterStart(DateOnly.FromDateTime(BeijingTime.FromUtc(p.CreatedAt).DateTime), p.StartDate)))
            Count(late, p.IndustryBodyCode, p.TerritorialBodyCode, 1);

        return missed.Keys.Union(late.Keys)
            .Where(b => scope.SeesAllBodies || scope.BodyCodes.Contains(b))
            .Order(StringComparer.Ordinal)
            .Select(b => new ProjectYearFiguresDto(b, missed.GetValueOrDefault(b), late.GetValueOrDefault(b)))
            .ToList();
    }

    /// <summary>The UTC moment a Beijing day begins (UTC+8, no daylight saving).</summary>
    private static DateTime BeijingStart(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
}
