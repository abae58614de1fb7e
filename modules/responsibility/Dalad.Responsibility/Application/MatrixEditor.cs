using System.Text.Encodings.Web;
using System.Text.Json;
using Dalad.Platform.Events;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility.Data;
using Dalad.Responsibility.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dalad.Responsibility.Application;

/// <summary>
/// Every change to the matrix goes through here: check, change the current-state tables, append one
/// <see cref="MatrixChange"/> with the aggregate before and after, save both in one transaction, then publish
/// <see cref="ResponsibilityMatrixChanged"/>. A refused change throws before anything is saved.
/// </summary>
internal sealed class MatrixEditor(
    ResponsibilityDbContext db,
    ICurrentUser currentUser,
    IClock clock,
    IEventBus eventBus,
    IEnumerable<IOpenCaseCounter> openCaseCounters,
    MatrixRoleCache roleCache,
    ILogger<MatrixEditor> logger)
{
    /// <summary>For the change log's JSON: camelCase like the API, Chinese kept readable (it is stored, never put in HTML).</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // ---- bodies ----

    public async Task<BodyDto> CreateBodyAsync(CreateBodyRequest request, CancellationToken ct)
    {
        var code = request.Code.Trim();
        if (await db.Bodies.AnyAsync(b => b.Code == code, ct)) throw Conflict("Responsibility:BodyCodeExists", code);
        var body = new Body { Code = code, Name = request.Name.Trim(), Kind = request.Kind, Duty = Optional(request.Duty) };
        db.Bodies.Add(body);
        await CommitAsync(MatrixActions.BodyCreated, MatrixEntityTypes.Body, code, code, null, body.ToDto(), request.Basis, ct);
        return body.ToDto();
    }

    public async Task<BodyDto> UpdateBodyAsync(string code, UpdateBodyRequest request, CancellationToken ct)
    {
        var body = await FindBodyAsync(code, ct);
        var before = body.ToDto();
        body.Name = request.Name.Trim();
        if (request.Duty is not null) body.Duty = Optional(request.Duty);
        if (request.Kind is { } kind && kind != body.Kind)
        {
            // A body that still owns territory keeps a kind that owns territory: hand the territories over first.
            if (!Body.KindOwnsTerritory(kind)
                && await db.Territories.Where(t => t.BodyCode == code).Select(t => t.Name).ToListAsync(ct) is { Count: > 0 } owned)
                throw Conflict("Responsibility:KindOwnsTerritories", body.Name, string.Join("、", owned.Order(StringComparer.Ordinal)));
            body.Kind = kind;
        }
        if (body.ToDto() == before) return before;
        body.Revision++;
        await CommitAsync(MatrixActions.BodyUpdated, MatrixEntityTypes.Body, code, code, before, body.ToDto(), request.Basis, ct);
        return body.ToDto();
    }

    /// <summary>Refused while the body owns open cases (see <see cref="IOpenCaseCounter"/>) or still owns territories.</summary>
    public async Task<BodyDto> DeactivateBodyAsync(string code, string basis, CancellationToken ct)
    {
        var body = await FindBodyAsync(code, ct);
        if (!body.IsActive) return body.ToDto();
        var openCases = 0;
        foreach (var counter in openCaseCounters) openCases += await counter.CountOpenCasesAsync(code, ct);
        if (openCases > 0) throw Conflict("Responsibility:BodyHasOpenCases", body.Name, openCases);
        var territories = await db.Territories.Where(t => t.BodyCode == code).Select(t => t.Name).ToListAsync(ct);
        if (territories.Count > 0) throw Conflict("Responsibility:BodyOwnsTerritories", body.Name, string.Join("、", territories.Order(StringComparer.Ordinal)));
        if (await db.DutyAssignments.AnyAsync(d => d.BodyCode == code, ct)) throw Conflict("Responsibility:BodyHoldsDuty", body.Name);
        return await SetActiveAsync(body, false, basis, ct);
    }

    public async Task<BodyDto> ActivateBodyAsync(string code, string basis, CancellationToken ct)
    {
        var body = await FindBodyAsync(code, ct);
        return body.IsActive ? body.ToDto() : await SetActiveAsync(body, true, basis, ct);
    }

    private async Task<BodyDto> SetActiveAsync(Body body, bool active, string basis, CancellationToken ct)
    {
        var before = body.ToDto();
        body.IsActive = active;
        body.Revision++;
        await CommitAsync(active ? MatrixActions.BodyActivated : MatrixActions.BodyDeactivated, MatrixEntityTypes.Body, body.Code, body.Code, before, body.ToDto(), basis, ct);
        return body.ToDto();
    }

    // ---- territories ----

    public async Task<TerritoryDto> CreateTerritoryAsync(CreateTerritoryRequest request, CancellationToken ct)
    {
        var code = request.Code.Trim();
        if (await db.Territories.AnyAsync(t => t.Code == code, ct)) throw Conflict("Responsibility:TerritoryCodeExists", code);
        var name = request.Name.Trim();
        await EnsurePlaceNameFreeAsync(name, ct);
        var bodyCode = await EnsureTerritorialOwnerAsync(request.BodyCode, ct);
        var territory = new Territory { Code = code, Name = name, Kind = request.Kind, BodyCode = bodyCode };
        foreach (var alias in (request.Aliases ?? []).Select(a => a.Trim()))
        {
            if (alias == name) throw Conflict("Responsibility:PlaceNameTaken", alias, name);
            await EnsurePlaceNameFreeAsync(alias, ct);
            territory.Aliases.Add(new TerritoryAlias { Alias = alias });
        }
        db.Territories.Add(territory);
        await CommitAsync(MatrixActions.TerritoryCreated, MatrixEntityTypes.Territory, code, bodyCode, null, territory.ToDto(), request.Basis, ct);
        return territory.ToDto();
    }

    public async Task<TerritoryDto> UpdateTerritoryAsync(string code, UpdateTerritoryRequest request, CancellationToken ct)
    {
        var territory = await FindTerritoryAsync(code, ct);
        var before = territory.ToDto();
        var name = request.Name.Trim();
        if (name != territory.Name) await EnsurePlaceNameFreeAsync(name, ct);
        var bodyCode = request.BodyCode.Trim() == territory.BodyCode ? territory.BodyCode : await EnsureTerritorialOwnerAsync(request.BodyCode, ct);
        territory.Name = name;
        territory.BodyCode = bodyCode;
        if (territory.Name == before.Name && territory.BodyCode == before.BodyCode) return before;
        return await CommitTerritoryAsync(territory, before, MatrixActions.TerritoryUpdated, request.Basis, ct);
    }

    public async Task<TerritoryDto> AddAliasAsync(string code, AddAliasRequest request, CancellationToken ct)
    {
        var territory = await FindTerritoryAsync(code, ct);
        var before = territory.ToDto();
        var alias = request.Alias.Trim();
        await EnsurePlaceNameFreeAsync(alias, ct);
        var entry = new TerritoryAlias { TerritoryId = territory.Id, Alias = alias };
        territory.Aliases.Add(entry);
        db.TerritoryAliases.Add(entry); // explicitly: a child with its key already set would otherwise be taken for an existing row
        return await CommitTerritoryAsync(territory, before, MatrixActions.AliasAdded, request.Basis, ct);
    }

    public async Task<TerritoryDto> RemoveAliasAsync(string code, string alias, string basis, CancellationToken ct)
    {
        var territory = await FindTerritoryAsync(code, ct);
        var before = territory.ToDto();
        var entry = territory.Aliases.FirstOrDefault(a => a.Alias == alias.Trim())
            ?? throw NotFound("Responsibility:AliasNotFound", alias, territory.Name);
        territory.Aliases.Remove(entry);
        db.TerritoryAliases.Remove(entry);
        return await CommitTerritoryAsync(territory, before, MatrixActions.AliasRemoved, basis, ct);
    }

    public async Task<TerritoryDto> AddVillageAsync(string code, AddVillageRequest request, CancellationToken ct)
    {
        var territory = await FindTerritoryAsync(code, ct);
        var before = territory.ToDto();
        var name = request.Name.Trim();
        if (territory.Villages.Any(v => v.Name == name)) throw Conflict("Responsibility:VillageExists", name, territory.Name);
        var villageCode = string.IsNullOrWhiteSpace(request.Code) ? null : request.Code.Trim();
        if (villageCode is not null && !villageCode.StartsWith(territory.Code, StringComparison.Ordinal))
            throw new BusinessException("Responsibility:VillageCodeOutsideTerritory", villageCode, territory.Name, territory.Code);
        var village = new Village { TerritoryId = territory.Id, Name = name, Kind = request.Kind, Code = villageCode };
        territory.Villages.Add(village);
        db.Villages.Add(village);
        return await CommitTerritoryAsync(territory, before, MatrixActions.VillageAdded, request.Basis, ct);
    }

    public async Task<TerritoryDto> RemoveVillageAsync(string code, string name, string basis, CancellationToken ct)
    {
        var territory = await FindTerritoryAsync(code, ct);
        var before = territory.ToDto();
        var village = territory.Villages.FirstOrDefault(v => v.Name == name.Trim())
            ?? throw NotFound("Responsibility:VillageNotFound", name, territory.Name);
        territory.Villages.Remove(village);
        db.Villages.Remove(village);
        return await CommitTerritoryAsync(territory, before, MatrixActions.VillageRemoved, basis, ct);
    }

    private async Task<TerritoryDto> CommitTerritoryAsync(Territory territory, TerritoryDto before, string action, string basis, CancellationToken ct)
    {
        territory.Revision++;
        await CommitAsync(action, MatrixEntityTypes.Territory, territory.Code, territory.BodyCode, before, territory.ToDto(), basis, ct);
        return territory.ToDto();
    }

    // ---- scope items ----

    public async Task<ScopeItemDto> CreateScopeItemAsync(string bodyCode, CreateScopeItemRequest request, CancellationToken ct)
    {
        var body = await FindBodyAsync(bodyCode, ct);
        var sector = request.Sector.Trim();
        if (await db.ScopeItems.AnyAsync(i => i.BodyCode == body.Code && i.Sector == sector, ct)) throw Conflict("Responsibility:SectorExists", body.Name, sector);
        var item = new ScopeItem { BodyCode = body.Code, Sector = sector, SourceText = request.SourceText?.Trim() ?? "" };
        item.Keywords.AddRange((request.Keywords ?? []).Select(k => new ScopeKeyword { Keyword = k.Trim() }));
        item.SetIndustryCodes(request.IndustryCodes ?? []);
        db.ScopeItems.Add(item);
        await CommitAsync(MatrixActions.ScopeItemCreated, MatrixEntityTypes.ScopeItem, item.Id.ToString(), body.Code, null, item.ToDto(), request.Basis, ct);
        return item.ToDto();
    }

    public async Task<ScopeItemDto> UpdateScopeItemAsync(Guid id, UpdateScopeItemRequest request, CancellationToken ct)
    {
        var item = await FindScopeItemAsync(id, ct);
        var before = item.ToDto();
        var sector = request.Sector.Trim();
        if (sector != item.Sector && await db.ScopeItems.AnyAsync(i => i.BodyCode == item.BodyCode && i.Sector == sector, ct))
            throw Conflict("Responsibility:SectorExists", (await FindBodyAsync(item.BodyCode, ct)).Name, sector);
        item.Sector = sector;
        if (request.SourceText is not null) item.SourceText = request.SourceText.Trim();
        if (request.IndustryCodes is not null) item.SetIndustryCodes(request.IndustryCodes);
        if (item.Sector == before.Sector && item.SourceText == before.SourceText && item.IndustryCodeList.SequenceEqual(before.IndustryCodes)) return before;
        return await CommitScopeItemAsync(item, before, MatrixActions.ScopeItemUpdated, request.Basis, ct);
    }

    public async Task RemoveScopeItemAsync(Guid id, string basis, CancellationToken ct)
    {
        var item = await FindScopeItemAsync(id, ct);
        var before = item.ToDto();
        db.ScopeItems.Remove(item);
        await CommitAsync(MatrixActions.ScopeItemRemoved, MatrixEntityTypes.ScopeItem, item.Id.ToString(), item.BodyCode, before, null, basis, ct);
    }

    public async Task<ScopeItemDto> AddKeywordAsync(Guid id, AddKeywordRequest request, CancellationToken ct)
    {
        var item = await FindScopeItemAsync(id, ct);
        var before = item.ToDto();
        var keyword = request.Keyword.Trim();
        if (item.Keywords.Any(k => string.Equals(k.Keyword, keyword, StringComparison.OrdinalIgnoreCase)))
            throw Conflict("Responsibility:KeywordExists", keyword, item.Sector);
        var entry = new ScopeKeyword { ScopeItemId = item.Id, Keyword = keyword };
        item.Keywords.Add(entry);
        db.ScopeKeywords.Add(entry);
        return await CommitScopeItemAsync(item, before, MatrixActions.KeywordAdded, request.Basis, ct);
    }

    public async Task<ScopeItemDto> RemoveKeywordAsync(Guid id, string keyword, string basis, CancellationToken ct)
    {
        var item = await FindScopeItemAsync(id, ct);
        var before = item.ToDto();
        var entry = item.Keywords.FirstOrDefault(k => string.Equals(k.Keyword, keyword.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw NotFound("Responsibility:KeywordNotFound", keyword, item.Sector);
        item.Keywords.Remove(entry);
        db.ScopeKeywords.Remove(entry);
        return await CommitScopeItemAsync(item, before, MatrixActions.KeywordRemoved, basis, ct);
    }

    /// <summary>
    /// Moves industry classes (or the whole item) to another active body: a department split or merge
    /// (<see cref="ScopeItemMove"/>). Each item changed is one entry of the history, saved together.
    /// </summary>
    public async Task<ScopeItemMoveDto> MoveScopeItemAsync(Guid id, MoveScopeItemRequest request, CancellationToken ct)
    {
        var item = await FindScopeItemAsync(id, ct);
        var targetCode = request.BodyCode.Trim();
        var target = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Code == targetCode, ct)
            ?? throw new BusinessException("Responsibility:UnknownBody", targetCode);
        if (!target.IsActive) throw Conflict("Responsibility:MoveToInactiveBody", target.Name);
        var sameSector = await db.ScopeItems.Include(i => i.Keywords).FirstOrDefaultAsync(i => i.BodyCode == targetCode && i.Sector == item.Sector, ct);
        var sourceBefore = item.ToDto();
        var targetBefore = sameSector?.ToDto();
        var keywordsBefore = sameSector?.Keywords.Count ?? 0;

        ScopeItemMoveResult moved;
        try { moved = ScopeItemMove.Apply(item, targetCode, request.IndustryCodes, sameSector); }
        catch (ScopeItemMoveException e) { throw new BusinessException(e.Key, e.Arguments); }

        var basis = request.Basis;
        switch (moved.Kind)
        {
            case ScopeItemMoveKind.Moved:
                item.Revision++;
                Record(MatrixActions.ScopeItemMoved, MatrixEntityTypes.ScopeItem, item.Id.ToString(), targetCode, sourceBefore, item.ToDto(), basis);
                break;
            case ScopeItemMoveKind.Merged:
                db.ScopeKeywords.AddRange(sameSector!.Keywords.Skip(keywordsBefore));
                sameSector.Revision++;
                db.ScopeItems.Remove(item);
                Record(MatrixActions.ScopeItemRemoved, MatrixEntityTypes.ScopeItem, item.Id.ToString(), item.BodyCode, sourceBefore, null, basis);
                Record(MatrixActions.ScopeItemMoved, MatrixEntityTypes.ScopeItem, sameSector.Id.ToString(), targetCode, targetBefore, sameSector.ToDto(), basis);
                break;
            default:
                item.Revision++;
                Record(MatrixActions.ScopeItemUpdated, MatrixEntityTypes.ScopeItem, item.Id.ToString(), item.BodyCode, sourceBefore, item.ToDto(), basis);
                if (moved.TargetIsNew) db.ScopeItems.Add(moved.Target);
                else moved.Target.Revision++;
                Record(MatrixActions.ScopeItemMoved, MatrixEntityTypes.ScopeItem, moved.Target.Id.ToString(), targetCode, targetBefore, moved.Target.ToDto(), basis);
                break;
        }
        await SaveAsync(ct);
        return new ScopeItemMoveDto(moved.Kind.ToString(), moved.Source?.ToDto(), moved.Target.ToDto());
    }

    private async Task<ScopeItemDto> CommitScopeItemAsync(ScopeItem item, ScopeItemDto before, string action, string basis, CancellationToken ct)
    {
        item.Revision++;
        await CommitAsync(action, MatrixEntityTypes.ScopeItem, item.Id.ToString(), item.BodyCode, before, item.ToDto(), basis, ct);
        return item.ToDto();
    }

    // ---- duties (matrix roles) ----

    /// <summary>Hands a duty (an intake desk, the coordinator) to another active body; the next lookup sees it.</summary>
    public async Task<DutyAssignmentDto> ReassignDutyAsync(string role, ReassignDutyRequest request, CancellationToken ct)
    {
        var duty = await db.DutyAssignments.FirstOrDefaultAsync(d => d.Role == role, ct) ?? throw NotFound("Responsibility:DutyNotFound", role);
        var bodyCode = request.BodyCode.Trim();
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Code == bodyCode, ct)
            ?? throw new BusinessException("Responsibility:UnknownBody", bodyCode);
        var before = duty.ToDto();
        if (!duty.ReassignTo(body.ToDto())) return before;
        await CommitAsync(MatrixActions.DutyReassigned, MatrixEntityTypes.Duty, role, duty.BodyCode, before, duty.ToDto(), request.Basis, ct);
        return duty.ToDto();
    }

    // ---- shared ----

    private async Task CommitAsync(string action, string entityType, string entityKey, string bodyCode, object? before, object? after, string basis, CancellationToken ct)
    {
        Record(action, entityType, entityKey, bodyCode, before, after, basis);
        await SaveAsync(ct);
    }

    /// <summary>Adds one entry to the history; <see cref="SaveAsync"/> saves it with the change it describes.</summary>
    private void Record(string action, string entityType, string entityKey, string bodyCode, object? before, object? after, string basis) =>
        db.MatrixChanges.Add(new MatrixChange
        {
            Time = clock.UtcNow,
            UserId = currentUser.Id,
            UserName = currentUser.UserName,
            Basis = basis.Trim(),
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            BodyCode = bodyCode,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });

    /// <summary>Saves the recorded changes in one transaction, then tells this instance and the others.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        var changes = db.ChangeTracker.Entries<MatrixChange>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // The checks above passed, so another request changed the same thing in between (concurrency token or unique index).
            logger.LogWarning(e, "Matrix change {Actions} lost a race", string.Join(", ", changes.Select(c => $"{c.Action} {c.EntityType} {c.EntityKey}")));
            throw Conflict("Responsibility:ConcurrentChange");
        }
        // This instance at once; the others through the event (best effort, like the routing model).
        if (changes.Any(c => c.EntityType == MatrixEntityTypes.Duty)) roleCache.Invalidate();
        await eventBus.PublishAsync(new ResponsibilityMatrixChanged(changes.Max(c => c.Version)), ct);
    }

    private async Task<Body> FindBodyAsync(string code, CancellationToken ct) =>
        await db.Bodies.FirstOrDefaultAsync(b => b.Code == code, ct) ?? throw NotFound("Responsibility:BodyNotFound", code);

    private async Task<Territory> FindTerritoryAsync(string code, CancellationToken ct) =>
        await db.Territories.Include(t => t.Aliases).Include(t => t.Villages).AsSplitQuery().FirstOrDefaultAsync(t => t.Code == code, ct)
        ?? throw NotFound("Responsibility:TerritoryNotFound", code);

    private async Task<ScopeItem> FindScopeItemAsync(Guid id, CancellationToken ct) =>
        await db.ScopeItems.Include(i => i.Keywords).FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound("Responsibility:ScopeItemNotFound", id);

    /// <summary>A territory is owned by an active town, sumu, street or zone body; an unknown code is bad input (400).</summary>
    private async Task<string> EnsureTerritorialOwnerAsync(string bodyCode, CancellationToken ct)
    {
        var code = bodyCode.Trim();
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, ct)
            ?? throw new BusinessException("Responsibility:UnknownBody", code);
        if (!Body.KindOwnsTerritory(body.Kind)) throw new BusinessException("Responsibility:TerritoryOwnerKind", body.Name);
        if (!body.IsActive) throw new BusinessException("Responsibility:TerritoryOwnerInactive", body.Name);
        return code;
    }

    /// <summary>A place name (territory name or alias) must name one territory only, or an address would be ambiguous.</summary>
    private async Task EnsurePlaceNameFreeAsync(string name, CancellationToken ct)
    {
        var owner = await db.Territories.Where(t => t.Name == name).Select(t => t.Name).FirstOrDefaultAsync(ct)
            ?? await (from a in db.TerritoryAliases join t in db.Territories on a.TerritoryId equals t.Id where a.Alias == name select t.Name).FirstOrDefaultAsync(ct);
        if (owner is not null) throw Conflict("Responsibility:PlaceNameTaken", name, owner);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static BusinessException Conflict(string key, params object[] args) => new(key, args) { StatusCode = StatusCodes.Status409Conflict };

    private static BusinessException NotFound(string key, params object[] args) => new(key, args) { StatusCode = StatusCodes.Status404NotFound };
}
