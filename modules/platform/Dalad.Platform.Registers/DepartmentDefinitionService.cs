using Dalad.Platform.Configuration;
using Dalad.Platform.Events;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Platform.Registers;

/// <summary>A department definition as the API shows it: the definition, where it comes from, and who last changed it.</summary>
public sealed record DepartmentDefinitionView(DepartmentDefinition Definition, string Source, bool IsActive, DateTime CreatedAt, string? CreatedBy, DateTime? LastModifiedAt, string? LastModifiedBy);

/// <summary>Create or change a definition; <paramref name="Basis"/> says why (kept in its history).</summary>
public sealed record DepartmentDefinitionInput(DepartmentDefinition Definition, string? Basis = null);

public sealed record DepartmentDefinitionChangeView(string Key, string Action, DepartmentDefinition Definition, string? Basis, DateTime ChangedAt, string? ChangedBy);

/// <summary>Stores department definitions (each change in the history) and tells every instance to reload its catalog.</summary>
public sealed class DepartmentDefinitionService(RegistersDbContext db, DepartmentCatalog catalog, IEventBus events)
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Seeded = "seeded";

    public async Task<IReadOnlyList<DepartmentDefinitionView>> GetListAsync(CancellationToken ct) =>
        (await db.Definitions.AsNoTracking().OrderBy(d => d.Key).ToListAsync(ct)).Select(View).ToList();

    public async Task<DepartmentDefinitionView> GetAsync(string key, CancellationToken ct) =>
        View(await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key, ct) ?? throw new EntityNotFoundException("DepartmentDefinition", key));

    public async Task<IReadOnlyList<DepartmentDefinitionChangeView>> GetHistoryAsync(string key, CancellationToken ct) =>
        (await db.DefinitionChanges.AsNoTracking().Where(c => c.Key == key).ToListAsync(ct)).OrderBy(c => c.CreatedAt)
            .Select(c => new DepartmentDefinitionChangeView(c.Key, c.Action, DepartmentDefinition.FromJson(c.Definition), c.Basis, c.CreatedAt, c.CreatedBy)).ToList();

    /// <summary>A department configured at run time (input already validated).</summary>
    public async Task<DepartmentDefinitionView> CreateAsync(DepartmentDefinitionInput input, CancellationToken ct)
    {
        var definition = Normalize(input.Definition);
        if (await db.Definitions.AnyAsync(d => d.Key == definition.Key, ct))
            throw new BusinessException("Departments:Definition:KeyTaken", definition.Key) { StatusCode = StatusCodes.Status409Conflict };
        await EnsurePermissionFreeAsync(definition, ct);
        var stored = new StoredDepartmentDefinition { Key = definition.Key, Definition = definition.ToJson(), Source = StoredDepartmentDefinition.RunTimeSource };
        db.Definitions.Add(stored);
        db.DefinitionChanges.Add(new DepartmentDefinitionChange { Key = definition.Key, Action = Created, Definition = stored.Definition, Basis = Trim(input.Basis) });
        await SaveAndReloadAsync(definition.Key, ct);
        return View(stored);
    }

    /// <summary>Changes a definition. Its key and permission stay (grants and entries hang on them).</summary>
    public async Task<DepartmentDefinitionView> UpdateAsync(string key, DepartmentDefinitionInput input, CancellationToken ct)
    {
        var stored = await db.Definitions.FirstOrDefaultAsync(d => d.Key == key, ct) ?? throw new EntityNotFoundException("DepartmentDefinition", key);
        var current = DepartmentDefinition.FromJson(stored.Definition);
        var definition = Normalize(input.Definition);
        if (definition.Key != key) throw new BusinessException("Departments:Definition:KeyFixed", key);
        if (definition.ReadPermission != current.ReadPermission) throw new BusinessException("Departments:Definition:PermissionFixed", current.ReadPermission);
        var removed = current.KindKeys.Except(definition.KindKeys).ToList();
        if (removed.Count > 0 && await db.Entries.IgnoreQueryFilters().AnyAsync(e => e.Department == key && removed.Contains(e.Kind), ct))
            throw new BusinessException("Departments:Definition:KindInUse", string.Join("、", removed)) { StatusCode = StatusCodes.Status409Conflict };
        stored.Definition = definition.ToJson();
        db.DefinitionChanges.Add(new DepartmentDefinitionChange { Key = key, Action = Updated, Definition = stored.Definition, Basis = Trim(input.Basis) });
        await SaveAndReloadAsync(key, ct);
        return View(stored);
    }

    /// <summary>At start: each loaded plugin's definition is stored, or re-applied when the plugin changed it (the bodies it
    /// serves stay as chosen at run time).</summary>
    public async Task SeedAsync(IEnumerable<DepartmentDefinitionSeed> seeds, CancellationToken ct)
    {
        foreach (var seed in seeds)
        {
            var definition = Normalize(seed.Definition);
            var json = definition.ToJson();
            var stored = await db.Definitions.FirstOrDefaultAsync(d => d.Key == definition.Key, ct);
            if (stored is null)
            {
                stored = new StoredDepartmentDefinition { Key = definition.Key, Definition = json, Source = seed.Source, SeededDefinition = json };
                db.Definitions.Add(stored);
            }
            else if (stored.SeededDefinition != json || stored.Source != seed.Source)
            {
                var current = DepartmentDefinition.FromJson(stored.Definition);
                var kept = stored.SeededDefinition is null ? definition : definition with { BodyCodes = current.BodyCodes, BodyKinds = current.BodyKinds };
                stored.Definition = kept.ToJson();
                stored.SeededDefinition = json;
                stored.Source = seed.Source;
            }
            else continue;
            db.DefinitionChanges.Add(new DepartmentDefinitionChange { Key = definition.Key, Action = Seeded, Definition = stored.Definition, Basis = seed.Source });
        }
        await db.SaveChangesAsync(ct);
        await catalog.ReloadAsync(db, ct);
    }

    private async Task EnsurePermissionFreeAsync(DepartmentDefinition definition, CancellationToken ct)
    {
        var all = await db.Definitions.AsNoTracking().Select(d => d.Definition).ToListAsync(ct);
        if (all.Select(DepartmentDefinition.FromJson).Any(d => d.ReadPermission == definition.ReadPermission))
            throw new BusinessException("Departments:Definition:PermissionTaken", definition.ReadPermission) { StatusCode = StatusCodes.Status409Conflict };
    }

    private async Task SaveAndReloadAsync(string key, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new DepartmentDefinitionsChanged(key), ct);
        await events.PublishAsync(new PermissionDefinitionsChanged(), ct);
        await events.PublishAsync(new ApplicationConfigurationChanged(), ct);
    }

    /// <summary>Trimmed names, the permission spelled out, lists without blanks.</summary>
    private static DepartmentDefinition Normalize(DepartmentDefinition d) => d with
    {
        Permission = d.ReadPermission,
        Names = d.Names.ToDictionary(kv => kv.Key, kv => kv.Value.Trim()),
        BodyCodes = d.BodyCodes.Select(c => c.Trim()).Distinct().ToList(),
        BodyKinds = d.BodyKinds.Distinct().ToList(),
        OwnerBodyCode = string.IsNullOrWhiteSpace(d.OwnerBodyCode) ? null : d.OwnerBodyCode.Trim(),
        IndustryBodyCode = string.IsNullOrWhiteSpace(d.IndustryBodyCode) ? null : d.IndustryBodyCode.Trim(),
        TerritoryKinds = d.TerritoryKinds is { Count: > 0 } kinds ? kinds : null,
    };

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private DepartmentDefinitionView View(StoredDepartmentDefinition d) => new(DepartmentDefinition.FromJson(d.Definition), d.Source,
        catalog.Find(d.Key) is not null, d.CreatedAt, d.CreatedBy, d.LastModifiedAt, d.LastModifiedBy);
}

/// <summary>Another instance (or this one) changed a definition: reload.</summary>
internal sealed class DepartmentCatalogReload(DepartmentCatalog catalog, RegistersDbContext db) : IIntegrationEventHandler<DepartmentDefinitionsChanged>
{
    public Task HandleAsync(DepartmentDefinitionsChanged integrationEvent, CancellationToken cancellationToken) => catalog.ReloadAsync(db, cancellationToken);
}
