using Dalad.Platform.Events;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Platform.Registers;

/// <summary>Writes to one register: checks the entry's owner is the user's body, refuses duplicates, tells routing.</summary>
internal sealed class RegisterEditor(DepartmentDefinition register, IReadOnlyList<TerritoryDto> territories, RegistersDbContext db, DataScope scope, IEventBus events)
{
    public async Task<RegisterEntry> CreateAsync(RegisterEntryInput input, CancellationToken ct)
    {
        var owner = OwnerOf(input);
        var name = input.Name!.Trim();
        if (await FindAsync(owner, input.Kind!, name, ct) is not null)
            throw new BusinessException("Registers:Duplicate", name) { StatusCode = StatusCodes.Status409Conflict };
        var entry = new RegisterEntry { Department = register.Key, OwnerBodyCode = owner, Kind = input.Kind!, Name = name, IndustryBodyCode = register.IndustryBodyCode };
        Apply(entry, input);
        db.Entries.Add(entry);
        await SaveAsync([entry.Id], ct);
        return entry;
    }

    public async Task<RegisterEntry> UpdateAsync(Guid id, RegisterEntryInput input, CancellationToken ct)
    {
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == id && e.Department == register.Key, ct) ?? throw new EntityNotFoundException(nameof(RegisterEntry), id);
        var owner = OwnerOf(input);
        var name = input.Name!.Trim();
        if (await FindAsync(owner, input.Kind!, name, ct) is { } other && other.Id != id)
            throw new BusinessException("Registers:Duplicate", name) { StatusCode = StatusCodes.Status409Conflict };
        entry.OwnerBodyCode = owner;
        entry.Kind = input.Kind!;
        entry.Name = name;
        Apply(entry, input);
        await SaveAsync([entry.Id], ct);
        return entry;
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == id && e.Department == register.Key, ct) ?? throw new EntityNotFoundException(nameof(RegisterEntry), id);
        db.Entries.Remove(entry);
        await SaveAsync([entry.Id], ct);
    }

    /// <summary>The owner an entry gets; refused unless the user may write that body's data.</summary>
    public string OwnerOf(RegisterEntryInput input)
    {
        var owner = register.OwnerFor(string.IsNullOrEmpty(input.TerritoryCode) ? null : input.TerritoryCode, territories)
            ?? throw new BusinessException("Registers:NoOwner");
        if (!scope.SeesAllBodies && !scope.BodyCodes.Contains(owner))
            throw new BusinessException("Registers:NotYourBody", owner) { StatusCode = StatusCodes.Status403Forbidden };
        return owner;
    }

    public Task<RegisterEntry?> FindAsync(string owner, string kind, string name, CancellationToken ct) =>
        db.Entries.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Department == register.Key && e.OwnerBodyCode == owner && e.Kind == kind && e.Name == name, ct);

    public static void Apply(RegisterEntry entry, RegisterEntryInput input)
    {
        entry.Aliases = string.Join('\n', (input.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct());
        entry.TerritoryCode = string.IsNullOrEmpty(input.TerritoryCode) ? null : input.TerritoryCode;
        entry.Attributes = RegisterAttributes.Serialize(input.Attributes?.ToDictionary(kv => kv.Key.Trim(), kv => kv.Value ?? ""));
        entry.IsActive = input.IsActive ?? true;
    }

    public async Task SaveAsync(IReadOnlyCollection<Guid> changed, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        foreach (var id in changed) await events.PublishAsync(new RegisterChanged(register.Key, id), ct);
    }
}
