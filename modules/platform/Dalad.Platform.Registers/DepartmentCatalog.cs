using System.Reflection;
using Dalad.Platform.Localization;
using Dalad.Platform.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Platform.Registers;

/// <summary>A definition a plugin ships (its embedded <c>department.json</c>), seeded into the store at start.</summary>
public sealed record DepartmentDefinitionSeed(string Source, DepartmentDefinition Definition)
{
    public static DepartmentDefinitionSeed FromAssembly(Assembly assembly)
    {
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("department.json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Plugin {assembly.GetName().Name} has no embedded department.json.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return new DepartmentDefinitionSeed(assembly.GetName().Name!, DepartmentDefinition.FromJson(reader.ReadToEnd()));
    }
}

/// <summary>
/// The active department definitions, held in memory and reloaded from the store whenever one changes (on every instance,
/// through <see cref="DepartmentDefinitionsChanged"/>). Loading one defines its permissions and its texts, so it has its
/// menu entry, policy and titles at once. A plugin's definition is active only while the plugin is loaded.
/// </summary>
public sealed class DepartmentCatalog(PermissionDefinitionManager permissions, LocalizationRegistry localization, IEnumerable<DepartmentDefinitionSeed> seeds)
{
    private volatile IReadOnlyList<DepartmentDefinition> _all = [];
    private readonly HashSet<string> _loadedPlugins = seeds.Select(s => s.Source).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<DepartmentDefinition> All => _all;

    public DepartmentDefinition? Find(string? key) => _all.FirstOrDefault(d => d.Key == key);

    public IEnumerable<DepartmentDefinitionSeed> Seeds => seeds;

    public async Task ReloadAsync(RegistersDbContext db, CancellationToken ct)
    {
        var stored = await db.Definitions.AsNoTracking().OrderBy(d => d.Source == StoredDepartmentDefinition.RunTimeSource).ThenBy(d => d.Key).ToListAsync(ct);
        var active = stored.Where(d => d.Source == StoredDepartmentDefinition.RunTimeSource || _loadedPlugins.Contains(d.Source))
            .Select(d => DepartmentDefinition.FromJson(d.Definition)).ToList();
        Apply(active);
    }

    private void Apply(IReadOnlyList<DepartmentDefinition> active)
    {
        permissions.SetDynamic(context =>
        {
            foreach (var d in active)
                context.AddGroup(d.ReadPermission, "Permission:" + d.ReadPermission)
                    .AddPermission(d.ReadPermission, "Permission:" + d.ReadPermission + ".View")
                    .AddChild(d.ManagePermission, "Permission:" + d.ManagePermission);
        });
        localization.SetDynamic(active.SelectMany(Texts));
        _all = active;
    }

    /// <summary>The texts a definition brings: its names, kinds, fields, menu entries and permissions, and its own texts.</summary>
    private IEnumerable<(string, string, string, string)> Texts(DepartmentDefinition d)
    {
        const string resource = LocalizationResourceNames.Default;
        foreach (var culture in DepartmentDefinitionValidator.Cultures)
        {
            string Name(Dictionary<string, string> names) => names.GetValueOrDefault(culture) ?? names.GetValueOrDefault(LocalizationRegistry.DefaultCulture) ?? "";
            string Shared(string key, params object[] args) =>
                string.Format(System.Globalization.CultureInfo.InvariantCulture, localization.Find(resource, key, culture) ?? key, args);
            yield return (resource, culture, DepartmentDefinition.TitleKey(d.Key), Name(d.Names));
            if (d.Descriptions.Count > 0) yield return (resource, culture, DepartmentDefinition.DescriptionKey(d.Key), Name(d.Descriptions));
            yield return (resource, culture, "Permission:" + d.ReadPermission, Shared("Registers:Permission:Group", Name(d.Names)));
            yield return (resource, culture, "Permission:" + d.ReadPermission + ".View", Shared("Registers:Permission:View"));
            yield return (resource, culture, "Permission:" + d.ManagePermission, Shared("Registers:Permission:Manage"));
            foreach (var kind in d.Kinds)
            {
                yield return (resource, culture, d.KindTextKey(kind.Key), Name(kind.Names));
                foreach (var field in kind.Fields) yield return (resource, culture, d.FieldTextKey(kind.Key, field.Key), Name(field.Names));
            }
            // A rule's name is shown wherever the projects module names a rule (warning lists, the warning-rules page).
            foreach (var rule in d.Rules)
            {
                yield return (resource, culture, "WarningRule:" + rule.Key, Name(rule.Names));
                yield return (resource, culture, "WarningTitle:" + rule.Key, (culture == "en" ? "{0}: " : "{0}：") + Name(rule.Names));
            }
            foreach (var menu in d.EffectiveMenu) yield return (resource, culture, $"Menu:Departments:{d.Key}:{menu.Key}", Name(menu.Names));
            foreach (var (key, text) in d.Texts.GetValueOrDefault(culture) ?? []) yield return (resource, culture, key, text);
        }
    }
}

/// <summary>A department definition was created or changed: every instance reloads its catalog.</summary>
public sealed record DepartmentDefinitionsChanged(string Key);
