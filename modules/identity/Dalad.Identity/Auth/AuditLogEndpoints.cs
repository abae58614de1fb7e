using Dalad.Identity.Domain;
using Dalad.Platform.Data;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Identity.Auth;

public sealed record AuditLogEntryDto(Guid Id, DateTime Time, Guid? UserId, string? UserName, string EntityType, string EntityId, string Action, string? Changes);

/// <summary>Reads the audit log, newest first, optionally of one entity type or one user.</summary>
internal sealed class AuditLogQueries(PlatformDbContext db)
{
    public async Task<PagedResultDto<AuditLogEntryDto>> ListAsync(string? entityType, string? userName, int? skipCount, int? maxResultCount, CancellationToken ct)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(e => e.EntityType == entityType.Trim());
        if (!string.IsNullOrWhiteSpace(userName)) query = query.Where(e => e.UserName == userName.Trim());
        var total = await query.LongCountAsync(ct);
        var items = await query.OrderByDescending(e => e.Time).ThenBy(e => e.Id)
            .Skip(Math.Max(0, skipCount ?? 0)).Take(Math.Clamp(maxResultCount ?? 50, 1, 200))
            .Select(e => new AuditLogEntryDto(e.Id, e.Time, e.UserId, e.UserName, e.EntityType, e.EntityId, e.Action, e.Changes)).ToListAsync(ct);
        return new PagedResultDto<AuditLogEntryDto>(total, items);
    }
}

/// <summary>The audit reader's one window (审计员, 三权分立): the audit log, newest first, read-only.</summary>
internal static class AuditLogEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/app/audit-log", async (AuditLogQueries queries, string? entityType, string? userName, int? skipCount, int? maxResultCount, HttpContext http, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(await queries.ListAsync(entityType, userName, skipCount, maxResultCount, ct));
        }).RequirePermission(AdministrationPolicy.AuditLogPermission).WithTags("Audit log").Produces<PagedResultDto<AuditLogEntryDto>>();
    }
}
