using System.Text.Json;
using System.Text.Json.Serialization;
using Dalad.Projects.Domain;

namespace Dalad.Projects.Application;

/// <summary>
/// The project types and the 双驻双查 checklist of each. The module keeps the classification itself (the GB/T 4754-2017
/// classes of division E, codes and names, so a project's type is valid whatever plugins are loaded) and the common
/// checklist items; the department definitions contribute which classes are theirs (the group), their own checklist
/// items and their own warning rules (<see cref="IDepartmentProjectContributions"/>). The owner of a type is always the
/// matrix's, never the group.
/// </summary>
internal sealed class ProjectTypes
{
    private const string Culture = "zh-Hans";

    private readonly IReadOnlyList<(string Code, string Name)> _classes;
    private readonly IReadOnlyList<ChecklistItemDto> _common;
    private readonly IDepartmentProjectContributions? _contributions;
    private (DepartmentProjectSnapshot Source, View View)? _cache;

    public ProjectTypes(IEnumerable<IDepartmentProjectContributions> contributions)
    {
        _contributions = contributions.FirstOrDefault();
        var assembly = typeof(ProjectTypes).Assembly;
        using var checklistStream = assembly.GetManifestResourceStream("Dalad.Projects.SeedData.checklists.json")!;
        _common = JsonSerializer.Deserialize<ChecklistSeed>(checklistStream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Common;
        using var reader = new StreamReader(assembly.GetManifestResourceStream("Dalad.Projects.SeedData.project-types.csv")!);
        var classes = new List<(string, string)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var parts = line.Split(',');
            classes.Add((parts[0], parts[1]));
        }
        _classes = classes;
    }

    public IReadOnlyList<ProjectTypeDto> All => Current.All;

    public ProjectTypeDto? Find(string code) => Current.ByCode.GetValueOrDefault(code);

    /// <summary>The active departments' own warning rules, as the engine evaluates them.</summary>
    public IReadOnlyList<PluginRule> PluginRules => Current.Rules;

    /// <summary>The active departments' contributions as they are now (seeds of their rules).</summary>
    public DepartmentProjectSnapshot Contributions => _contributions?.Current ?? DepartmentProjectSnapshot.Empty;

    private View Current
    {
        get
        {
            var snapshot = Contributions;
            if (_cache is { } cache && ReferenceEquals(cache.Source, snapshot)) return cache.View;
            var view = Build(snapshot);
            _cache = (snapshot, view);
            return view;
        }
    }

    private View Build(DepartmentProjectSnapshot snapshot)
    {
        // A class belongs to the first department that claims it (the definitions' validator refuses a second).
        var owned = new Dictionary<string, (string Department, string? Name)>(StringComparer.Ordinal);
        foreach (var department in snapshot.Departments)
            foreach (var type in department.ProjectTypes)
                owned.TryAdd(type.Code, (department.Department, Name(type.Names)));
        var codes = _classes.Select(c => c.Code).Concat(owned.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var catalogue = _classes.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var types = codes.Select(code =>
        {
            var own = owned.GetValueOrDefault(code);
            var items = _common.Concat(snapshot.Departments.SelectMany(d => d.Checklist).Where(i => i.Types.Contains(code))
                .Select(i => new ChecklistItemDto(i.Key, Name(i.Names) ?? i.Key))).ToList();
            return new ProjectTypeDto(code, own.Name ?? catalogue.GetValueOrDefault(code) ?? code, own.Department ?? "", items);
        }).ToList();
        var rules = snapshot.Departments.SelectMany(d => d.Rules.Select(r => new PluginRule(r.Key, r.Kind, r.Item,
                r.Item is null ? null : d.Checklist.FirstOrDefault(i => i.Key == r.Item) is { } item ? Name(item.Names) : null,
                r.Types.ToHashSet(StringComparer.Ordinal))))
            .ToList();
        return new View(types, types.ToDictionary(t => t.Code, StringComparer.Ordinal), rules);
    }

    private static string? Name(IReadOnlyDictionary<string, string> names) =>
        names.GetValueOrDefault(Culture) ?? names.Values.FirstOrDefault();

    private sealed record View(IReadOnlyList<ProjectTypeDto> All, IReadOnlyDictionary<string, ProjectTypeDto> ByCode, IReadOnlyList<PluginRule> Rules);

    private sealed record ChecklistSeed([property: JsonPropertyName("common")] List<ChecklistItemDto> Common);
}
