using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dalad.Platform.Permissions;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Responsibility.Application;
using Dalad.Responsibility.Data;
using Dalad.Responsibility.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Responsibility.Endpoints;

public sealed record BodyReferenceDto(string Code, string Name);

/// <summary>A body with the territories it owns and its scope items.</summary>
public sealed record BodyDetailsDto(string Code, string Name, string Kind, string? Duty, bool IsActive, IReadOnlyList<BodyReferenceDto> Territories, IReadOnlyList<ScopeItemDto> ScopeItems);

/// <param name="Time">Beijing time.</param>
/// <param name="Before">The aggregate (body, territory or scope item) before the change; null when created.</param>
/// <param name="After">The aggregate after the change; null when removed.</param>
public sealed record MatrixChangeDto(long Version, DateTimeOffset Time, string? UserName, string Basis, string Action, string EntityType, string EntityKey, string BodyCode, JsonElement? Before, JsonElement? After);

public sealed record PagedResult<T>(int TotalCount, IReadOnlyList<T> Items);

/// <summary>
/// The matrix API under /api/app. Bodies and territories lists are for every signed-in user (workspace overview,
/// intake); the rest needs <see cref="ResponsibilityPermissions.Default"/> to read and
/// <see cref="ResponsibilityPermissions.Manage"/> to change.
/// </summary>
internal static partial class ResponsibilityEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapGroup("/api/app").WithTags("Responsibility");
        MapBodies(app);
        MapTerritories(app);
        MapScopeItems(app);
        MapMatrix(app);
        MapDuties(app);
        // GB/T 4754-2017 (reference data) for the body page's 行业分类: by code prefix or words of the name.
        app.MapGet("/industry-classes", (string? q, int? max, IIndustryClassification classification) =>
        {
            var term = q?.Trim() ?? "";
            return classification.Classes
                .Where(c => term.Length == 0 || c.Code.StartsWith(term, StringComparison.OrdinalIgnoreCase) || c.Name.Contains(term, StringComparison.Ordinal))
                .Take(Math.Clamp(max ?? 50, 1, 2000)).ToList();
        }).RequireAuthorization();
    }

    private static void MapBodies(RouteGroupBuilder app)
    {
        app.MapGet("/bodies", async (ResponsibilityDbContext db, string? filter, string? kind, bool? isActive, int? skipCount, int? maxResultCount, CancellationToken ct) =>
        {
            var query = db.Bodies.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(filter))
            {
                var text = filter.Trim();
                query = query.Where(b => b.Name.Contains(text) || b.Code.Contains(text) || (b.Duty != null && b.Duty.Contains(text)));
            }
            if (!string.IsNullOrWhiteSpace(kind)) query = query.Where(b => b.Kind == kind);
            if (isActive is { } active) query = query.Where(b => b.IsActive == active);
            var total = await query.CountAsync(ct);
            var items = await query.OrderBy(b => b.Kind).ThenBy(b => b.Code)
                .Skip(Math.Max(skipCount ?? 0, 0)).Take(Math.Clamp(maxResultCount ?? 1000, 1, 1000))
                .Select(b => new BodyDto(b.Code, b.Name, b.Kind, b.Duty, b.IsActive)).ToListAsync(ct);
            return new PagedResult<BodyDto>(total, items);
        }).RequireAuthorization();

        app.MapGet("/bodies/{code}", async (string code, ResponsibilityDbContext db, CancellationToken ct) =>
        {
            var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, ct) ?? throw NotFound("Responsibility:BodyNotFound", code);
            var territories = (await db.Territories.AsNoTracking().Where(t => t.BodyCode == code).Select(t => new BodyReferenceDto(t.Code, t.Name)).ToListAsync(ct))
                .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
            var items = (await db.ScopeItems.AsNoTracking().Include(i => i.Keywords).Where(i => i.BodyCode == code).ToListAsync(ct))
                .Select(i => i.ToDto()).OrderBy(i => i.Sector, StringComparer.Ordinal).ToList();
            return new BodyDetailsDto(body.Code, body.Name, body.Kind, body.Duty, body.IsActive, territories, items);
        }).RequirePermission(ResponsibilityPermissions.Default);

        app.MapPost("/bodies", async (CreateBodyRequest request, MatrixEditor editor, CancellationToken ct) =>
        {
            var body = await editor.CreateBodyAsync(request, ct);
            return Results.Created($"/api/app/bodies/{body.Code}", body);
        }).Validate<CreateBodyRequest>().RequirePermission(ResponsibilityPermissions.Manage).Produces<BodyDto>(StatusCodes.Status201Created);

        app.MapPut("/bodies/{code}", (string code, UpdateBodyRequest request, MatrixEditor editor, CancellationToken ct) => editor.UpdateBodyAsync(code, request, ct))
            .Validate<UpdateBodyRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapPost("/bodies/{code}/deactivate", (string code, ChangeBasisRequest request, MatrixEditor editor, CancellationToken ct) => editor.DeactivateBodyAsync(code, request.Basis, ct))
            .Validate<ChangeBasisRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapPost("/bodies/{code}/activate", (string code, ChangeBasisRequest request, MatrixEditor editor, CancellationToken ct) => editor.ActivateBodyAsync(code, request.Basis, ct))
            .Validate<ChangeBasisRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapPost("/bodies/{code}/scope-items", async (string code, CreateScopeItemRequest request, MatrixEditor editor, CancellationToken ct) =>
        {
            var item = await editor.CreateScopeItemAsync(code, request, ct);
            return Results.Created($"/api/app/scope-items/{item.Id}", item);
        }).Validate<CreateScopeItemRequest>().RequirePermission(ResponsibilityPermissions.Manage).Produces<ScopeItemDto>(StatusCodes.Status201Created);
    }

    /// <summary>The matrix roles (intake desks, the coordinator) and the body holding each.</summary>
    private static void MapDuties(RouteGroupBuilder app)
    {
        app.MapGet("/duties", (IMatrixRoles roles, CancellationToken ct) => roles.GetAllAsync(ct))
            .RequirePermission(ResponsibilityPermissions.Default);

        app.MapPut("/duties/{role}", (string role, ReassignDutyRequest request, MatrixEditor editor, CancellationToken ct) => editor.ReassignDutyAsync(role, request, ct))
            .Validate<ReassignDutyRequest>().RequirePermission(ResponsibilityPermissions.Manage);
    }

    private static void MapTerritories(RouteGroupBuilder app)
    {
        app.MapGet("/territories", async (ResponsibilityDbContext db, string? filter, string? kind, string? bodyCode, CancellationToken ct) =>
        {
            var query = db.Territories.AsNoTracking().Include(t => t.Aliases).Include(t => t.Villages).AsSplitQuery();
            if (!string.IsNullOrWhiteSpace(filter))
            {
                var text = filter.Trim();
                query = query.Where(t => t.Code.Contains(text) || t.Name.Contains(text)
                    || t.Aliases.Any(a => a.Alias.Contains(text)) || t.Villages.Any(v => v.Name.Contains(text)));
            }
            if (!string.IsNullOrWhiteSpace(kind)) query = query.Where(t => t.Kind == kind);
            if (!string.IsNullOrWhiteSpace(bodyCode)) query = query.Where(t => t.BodyCode == bodyCode);
            var items = (await query.ToListAsync(ct)).Select(t => t.ToDto()).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
            return new PagedResult<TerritoryDto>(items.Count, items);
        }).RequireAuthorization();

        app.MapGet("/territories/{code}", async (string code, ResponsibilityDbContext db, CancellationToken ct) =>
        {
            var territory = await db.Territories.AsNoTracking().Include(t => t.Aliases).Include(t => t.Villages).AsSplitQuery()
                .FirstOrDefaultAsync(t => t.Code == code, ct) ?? throw NotFound("Responsibility:TerritoryNotFound", code);
            return territory.ToDto();
        }).RequireAuthorization();

        app.MapPost("/territories", async (CreateTerritoryRequest request, MatrixEditor editor, CancellationToken ct) =>
        {
            var territory = await editor.CreateTerritoryAsync(request, ct);
            return Results.Created($"/api/app/territories/{territory.Code}", territory);
        }).Validate<CreateTerritoryRequest>().RequirePermission(ResponsibilityPermissions.Manage).Produces<TerritoryDto>(StatusCodes.Status201Created);

        app.MapPut("/territories/{code}", (string code, UpdateTerritoryRequest request, MatrixEditor editor, CancellationToken ct) => editor.UpdateTerritoryAsync(code, request, ct))
            .Validate<UpdateTerritoryRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapPost("/territories/{code}/aliases", (string code, AddAliasRequest request, MatrixEditor editor, CancellationToken ct) => editor.AddAliasAsync(code, request, ct))
            .Validate<AddAliasRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapDelete("/territories/{code}/aliases/{alias}", (string code, string alias, [FromQuery] string? basis, MatrixEditor editor, CancellationToken ct) =>
            editor.RemoveAliasAsync(code, alias, RequireBasis(basis), ct)).RequirePermission(ResponsibilityPermissions.Manage);

        app.MapPost("/territories/{code}/villages", (string code, AddVillageRequest request, MatrixEditor editor, CancellationToken ct) => editor.AddVillageAsync(code, request, ct))
            .Validate<AddVillageRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapDelete("/territories/{code}/villages/{name}", (string code, string name, [FromQuery] string? basis, MatrixEditor editor, CancellationToken ct) =>
            editor.RemoveVillageAsync(code, name, RequireBasis(basis), ct)).RequirePermission(ResponsibilityPermissions.Manage);
    }

    private static void MapScopeItems(RouteGroupBuilder app)
    {
        app.MapGet("/scope-items", async (ResponsibilityDbContext db, string? bodyCode, string? filter, CancellationToken ct) =>
        {
            var query = db.ScopeItems.AsNoTracking().Include(i => i.Keywords).AsQueryable();
            if (!string.IsNullOrWhiteSpace(bodyCode)) query = query.Where(i => i.BodyCode == bodyCode);
            if (!string.IsNullOrWhiteSpace(filter))
            {
                var text = filter.Trim();
                query = query.Where(i => i.Sector.Contains(text) || i.Keywords.Any(k => k.Keyword.Contains(text)));
            }
            var items = (await query.ToListAsync(ct)).Select(i => i.ToDto())
                .OrderBy(i => i.BodyCode, StringComparer.Ordinal).ThenBy(i => i.Sector, StringComparer.Ordinal).ToList();
            return new PagedResult<ScopeItemDto>(items.Count, items);
        }).RequirePermission(ResponsibilityPermissions.Default);

        app.MapGet("/scope-items/{id:guid}", async (Guid id, ResponsibilityDbContext db, CancellationToken ct) =>
            (await db.ScopeItems.AsNoTracking().Include(i => i.Keywords).FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound("Responsibility:ScopeItemNotFound", id)).ToDto())
            .RequirePermission(ResponsibilityPermissions.Default);

        app.MapPut("/scope-items/{id:guid}", (Guid id, UpdateScopeItemRequest request, MatrixEditor editor, CancellationToken ct) => editor.UpdateScopeItemAsync(id, request, ct))
            .Validate<UpdateScopeItemRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapDelete("/scope-items/{id:guid}", async (Guid id, [FromQuery] string? basis, MatrixEditor editor, CancellationToken ct) =>
        {
            await editor.RemoveScopeItemAsync(id, RequireBasis(basis), ct);
            return Results.NoContent();
        }).RequirePermission(ResponsibilityPermissions.Manage);

        app.MapPost("/scope-items/{id:guid}/move", (Guid id, MoveScopeItemRequest request, MatrixEditor editor, CancellationToken ct) => editor.MoveScopeItemAsync(id, request, ct))
            .Validate<MoveScopeItemRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapPost("/scope-items/{id:guid}/keywords", (Guid id, AddKeywordRequest request, MatrixEditor editor, CancellationToken ct) => editor.AddKeywordAsync(id, request, ct))
            .Validate<AddKeywordRequest>().RequirePermission(ResponsibilityPermissions.Manage);

        app.MapDelete("/scope-items/{id:guid}/keywords/{keyword}", (Guid id, string keyword, [FromQuery] string? basis, MatrixEditor editor, CancellationToken ct) =>
            editor.RemoveKeywordAsync(id, keyword, RequireBasis(basis), ct)).RequirePermission(ResponsibilityPermissions.Manage);
    }

    private static void MapMatrix(RouteGroupBuilder app)
    {
        app.MapGet("/matrix", (string? asOf, IResponsibilityMatrix matrix, CancellationToken ct) => matrix.GetSnapshotAsync(ParseAsOf(asOf), ct))
            .RequirePermission(ResponsibilityPermissions.Default);

        app.MapGet("/matrix/history", async (ResponsibilityDbContext db, string? entityType, string? entityKey, string? bodyCode, int? skipCount, int? maxResultCount, CancellationToken ct) =>
        {
            var query = db.MatrixChanges.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(c => c.EntityType == entityType);
            if (!string.IsNullOrWhiteSpace(entityKey)) query = query.Where(c => c.EntityKey == entityKey);
            if (!string.IsNullOrWhiteSpace(bodyCode)) query = query.Where(c => c.BodyCode == bodyCode);
            var total = await query.CountAsync(ct);
            var rows = await query.OrderByDescending(c => c.Version)
                .Skip(Math.Max(skipCount ?? 0, 0)).Take(Math.Clamp(maxResultCount ?? 100, 1, 1000)).ToListAsync(ct);
            var items = rows.Select(c => new MatrixChangeDto(c.Version, BeijingTime.FromUtc(c.Time), c.UserName, c.Basis, c.Action, c.EntityType, c.EntityKey, c.BodyCode,
                ParseJson(c.Before), ParseJson(c.After))).ToList();
            return new PagedResult<MatrixChangeDto>(total, items);
        }).RequirePermission(ResponsibilityPermissions.Default);

        app.MapGet("/workspaces/mine", (WorkspaceResolver workspaces, CancellationToken ct) => workspaces.GetMineAsync(ct))
            .RequireAuthorization();
    }

    /// <summary>
    /// Reads <c>asOf</c>: ISO 8601 with an offset (2026-01-01T00:00:00+08:00) or without one, then Beijing time
    /// (2026-01-01, 2026-01-01T08:00). An unencoded '+' of the offset arrives as a space and is put back.
    /// </summary>
    internal static DateTimeOffset? ParseAsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = UnencodedOffset().Replace(text.Trim(), "$1+$2");
        if (WithOffset().IsMatch(value))
        {
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)) return withOffset;
        }
        else if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, BeijingTime.Zone.GetUtcOffset(local));
        }
        throw new BusinessException("Responsibility:InvalidAsOf", text);
    }

    [GeneratedRegex(@"(T[0-9:.]+) ([0-9]{2}:?[0-9]{2})$")]
    private static partial Regex UnencodedOffset();

    [GeneratedRegex(@"T[0-9:.]+(Z|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOffset();

    private static string RequireBasis(string? basis)
    {
        if (string.IsNullOrWhiteSpace(basis)) throw new BusinessException("Responsibility:BasisRequired");
        if (basis.Trim().Length > MatrixChange.MaxBasisLength) throw new BusinessException("Responsibility:BasisTooLong", MatrixChange.MaxBasisLength);
        return basis;
    }

    private static JsonElement? ParseJson(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);

    private static BusinessException NotFound(string key, params object[] args) => new(key, args) { StatusCode = StatusCodes.Status404NotFound };
}
