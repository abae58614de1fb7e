using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dalad.Projects.Application;

/// <summary>
/// The project types (GB/T 4754-2017 classes of division E, codes kept) and the 双驻双查 checklist of each, from the
/// module's seed data. The group is a label for the department area; the owner of a type is always the matrix's.
/// </summary>
internal sealed class ProjectTypes
{
    private readonly Dictionary<string, ProjectTypeDto> _types;

    public ProjectTypes()
    {
        var assembly = typeof(ProjectTypes).Assembly;
        using var checklistStream = assembly.GetManifestResourceStream("Dalad.Projects.SeedData.checklists.json")!;
        var checklists = JsonSerializer.Deserialize<ChecklistSeed>(checklistStream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        using var reader = new StreamReader(assembly.GetManifestResourceStream("Dalad.Projects.SeedData.project-types.csv")!);
        _types = new Dictionary<string, ProjectTypeDto>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var parts = line.Split(',');
            var group = parts[2];
            var items = checklists.Common.Concat(checklists.Groups.GetValueOrDefault(group) ?? []).ToList();
            _types[parts[0]] = new ProjectTypeDto(parts[0], parts[1], group, items);
        }
        All = [.. _types.Values.OrderBy(t => t.Code, StringComparer.Ordinal)];
    }

    public IReadOnlyList<ProjectTypeDto> All { get; }

    public ProjectTypeDto? Find(string code) => _types.GetValueOrDefault(code);

    private sealed record ChecklistSeed(
        [property: JsonPropertyName("common")] List<ChecklistItemDto> Common,
        [property: JsonPropertyName("groups")] Dictionary<string, List<ChecklistItemDto>> Groups);
}
