using Dalad.Projects;

namespace Dalad.Platform.Registers;

/// <summary>
/// The active definitions' project types, checklist items and warning rules, for the projects module
/// (<see cref="IDepartmentProjectContributions"/>). One snapshot per catalog load, so readers see a consistent whole.
/// </summary>
internal sealed class DepartmentProjectContributions(DepartmentCatalog catalog) : IDepartmentProjectContributions
{
    private (IReadOnlyList<DepartmentDefinition> Source, DepartmentProjectSnapshot Snapshot) _cache = ([], DepartmentProjectSnapshot.Empty);

    public DepartmentProjectSnapshot Current
    {
        get
        {
            var all = catalog.All;
            var cache = _cache;
            if (ReferenceEquals(cache.Source, all)) return cache.Snapshot;
            var snapshot = new DepartmentProjectSnapshot(all.Where(d => d.ProjectTypes.Count + d.Checklist.Count + d.Rules.Count > 0)
                .Select(d => new DepartmentProjectContribution(d.Key,
                    d.ProjectTypes.Select(t => new ContributedProjectType(t.Code, t.Names)).ToList(),
                    d.Checklist.Select(i => new ContributedChecklistItem(i.Key, i.Names, i.Types.Count > 0 ? i.Types : d.TypeCodes)).ToList(),
                    d.Rules.Select(r => new ContributedWarningRule(r.Key, r.Kind, r.Names, r.Item, r.Types.Count > 0 ? r.Types : d.TypeCodes,
                        r.Threshold, r.Severity, r.Enabled)).ToList()))
                .ToList());
            _cache = (all, snapshot);
            return snapshot;
        }
    }
}
