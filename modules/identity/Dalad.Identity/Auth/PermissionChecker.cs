using System.Security.Claims;
using System.Text.Json;
using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace Dalad.Identity.Auth;

/// <summary>Grants come from the database (the user's own and their roles'), cached per user until the identity stamp changes.</summary>
public sealed class PermissionChecker(IdentityDataContext db, IDistributedCache cache, IdentityCacheStamp stamp, PermissionDefinitionManager definitions, IHttpContextAccessor http)
    : IPermissionChecker
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromMinutes(20) };

    public async Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permissionName) =>
        (await GetGrantedAsync(user)).Contains(permissionName);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal user)
    {
        var userId = UserId(user);
        if (userId is null) return new HashSet<string>();

        // One lookup per request, however many endpoints filters ask.
        var itemKey = "dalad:granted:" + userId;
        if (http.HttpContext?.Items[itemKey] is IReadOnlySet<string> perRequest) return perRequest;

        var key = $"identity:{await stamp.GetAsync()}:granted:{userId}";
        HashSet<string> granted;
        if (await cache.GetStringAsync(key) is { } cached)
        {
            granted = JsonSerializer.Deserialize<HashSet<string>>(cached)!;
        }
        else
        {
            granted = await LoadAsync(userId.Value);
            await cache.SetStringAsync(key, JsonSerializer.Serialize(granted), Lifetime);
        }
        if (http.HttpContext is { } context) context.Items[itemKey] = granted;
        return granted;
    }

    private async Task<HashSet<string>> LoadAsync(Guid userId)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.IsActive }).FirstOrDefaultAsync();
        if (user is not { IsActive: true }) return [];
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync();
        var userKey = userId.ToString();
        var names = await db.PermissionGrants.AsNoTracking()
            .Where(g => (g.ProviderName == PermissionProviders.User && g.ProviderKey == userKey) || (g.ProviderName == PermissionProviders.Role && roleNames.Contains(g.ProviderKey)))
            .Select(g => g.Name).Distinct().ToListAsync();
        // A grant of a permission no loaded module defines (a removed plugin's) grants nothing.
        return names.Where(n => definitions.Find(n) is not null).ToHashSet(StringComparer.Ordinal);
    }

    internal static Guid? UserId(ClaimsPrincipal user)
    {
        var value = user.FindFirstValue(DaladClaimTypes.Subject) ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
        return Guid.TryParse(value, out var id) ? id : null;
    }
}
