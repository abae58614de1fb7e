using Dalad.Platform.Security;
using Dalad.Projects.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Projects.Application;

/// <summary><see cref="IProjectFigures"/>: grouped in the database over the projects and warnings the caller sees, counted
/// for each of the two owners; a body's leader gets rows only for his own bodies.</summary>
internal sealed class ProjectFigures(ProjectsDbContext db, DataScope scope) : IProjectFigures
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
}
