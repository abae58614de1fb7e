using Dalad.Identity.Domain;
using Dalad.Platform.Data;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Identity.Auth;

/// <summary>The audit reader's one window (审计员, 三权分立): the audit log, newest first, read-only.</summary>
internal static class AuditLogEndpoints
{
    public sealed record AuditLogEntryDto(Guid Id, DateTime Time, Guid? UserId, string? UserName, string EntityType, string EntityId, string Action, string? Changes);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/app/audit-log", async (PlatformDbContext db, string? entityType, string? userName, int? skipCount, int? maxResultCount, HttpContext http, CancellationToken ct) =>
        {
            var query = db.AuditLog.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(e => e.EntityType == entityType.Trim());
            if (!string.IsNullOrWhiteSpace(userName)) query = query.Where(e => e.UserName == userName.Trim());
            var total = await query.LongCountAsync(ct);
            var items = await query.OrderByDescending(e => e.Time).ThenBy(e => e.Id)
                .Skip(Math.Max(0, skipCount ?? 0)).Take(Math.Clamp(maxResultCount ?? 50, 1, 200))
                .Select(e => new AuditLogEntryDto(e.Id, e.Time, e.UserId, e.UserName, e.EntityType, e.EntityId, e.Action, e.Changes)).ToListAsync(ct);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(new { totalCount = total, items });
        }).RequirePermission(AdministrationPolicy.AuditLogPermission).WithTags("Audit log");
    }
}
