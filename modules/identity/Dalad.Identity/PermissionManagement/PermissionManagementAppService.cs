using System.Globalization;
using Dalad.Identity.Auth;
using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Dalad.Platform.Localization;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Identity.PermissionManagement;

/// <summary>
/// ABP's PermissionAppService for the role ("R", key = role name) and user ("U", key = user id) providers. For a user,
/// a permission granted through one of their roles is shown as granted by that role (<c>grantedProviders</c> R), which
/// ABP's dialog shows checked and locked; changing it there only ever adds or removes the user's own grant.
/// </summary>
internal sealed class PermissionManagementAppService(
    IdentityDataContext db, PermissionDefinitionManager definitions, LocalizationRegistry localization, IdentityCacheStamp stamp, Users.AdministrationGuard guard)
{
    /// <summary>The permission that lets the caller manage the grants of a provider; null for a provider we do not have.</summary>
    public static string? ManagePermissionFor(string? providerName) => providerName switch
    {
        PermissionProviders.Role => IdentityPermissions.Roles.ManagePermissions,
        PermissionProviders.User => IdentityPermissions.Users.ManagePermissions,
        _ => null,
    };

    public async Task<GetPermissionListResultDto> GetAsync(string providerName, string providerKey, CancellationToken ct)
    {
        var target = await ResolveAsync(providerName, providerKey, ct);
        var (ownName, ownKey, roleNames) = target;
        var grants = await db.PermissionGrants.AsNoTracking()
            .Where(g => (g.ProviderName == ownName && g.ProviderKey == ownKey)
                || (g.ProviderName == PermissionProviders.Role && roleNames.Contains(g.ProviderKey)))
            .Select(g => new { g.Name, g.ProviderName, g.ProviderKey }).ToListAsync(ct);
        var providersByPermission = grants
            .OrderBy(g => g.ProviderName == target.ProviderName ? 0 : 1).ThenBy(g => g.ProviderKey, StringComparer.Ordinal)
            .ToLookup(g => g.Name, g => new ProviderInfoDto(g.ProviderName, g.ProviderKey));

        var culture = CultureInfo.CurrentUICulture.Name;
        var result = new GetPermissionListResultDto { EntityDisplayName = target.ProviderKey };
        foreach (var group in definitions.Groups)
        {
            var permissions = group.Flatten().Select(p =>
            {
                var providers = providersByPermission[p.Name].ToList();
                return new PermissionGrantInfoDto
                {
                    Name = p.Name,
                    DisplayName = Localize(p.Resource, p.DisplayNameKey, culture),
                    ParentName = p.Parent?.Name,
                    IsGranted = providers.Count > 0,
                    GrantedProviders = providers,
                };
            }).ToList();
            if (permissions.Count == 0) continue;
            result.Groups.Add(new PermissionGroupDto
            {
                Name = group.Name,
                DisplayName = Localize(group.Resource, group.DisplayNameKey, culture),
                DisplayNameKey = group.DisplayNameKey,
                DisplayNameResource = group.Resource,
                Permissions = permissions,
            });
        }
        return result;
    }

    /// <summary>Grants or revokes the provider's own grants. Unknown permission names are refused by the validator first.</summary>
    public async Task UpdateAsync(string providerName, string providerKey, UpdatePermissionsDto input, CancellationToken ct)
    {
        var (ownName, ownKey, _) = await ResolveAsync(providerName, providerKey, ct);
        // Nobody changes his own grants or those of a role he holds; others' only when they hold (and get) nothing privileged the editor lacks.
        if (ownName == PermissionProviders.User)
        {
            var userId = Guid.Parse(ownKey);
            if (guard.IsSelf(userId)) throw Users.AdministrationGuard.Forbidden("Identity:OwnMembership");
            await guard.CheckMayEditUserAsync(userId, ct);
        }
        else
        {
            if (guard.CurrentUserId is { } me && (await guard.RoleNamesAsync(me, ct)).Contains(ownKey, StringComparer.Ordinal))
                throw Users.AdministrationGuard.Forbidden("Identity:OwnMembership");
            await guard.CheckMayHandRolesAsync([ownKey], ct);
        }
        await guard.CheckMayGrantAsync((input.Permissions ?? []).Where(p => p.Name is not null).Select(p => p.Name!));
        var existing = await db.PermissionGrants.Where(g => g.ProviderName == ownName && g.ProviderKey == ownKey).ToListAsync(ct);
        // The last entry for a name wins, as if they were applied one after another.
        foreach (var change in (input.Permissions ?? []).GroupBy(p => p.Name!).Select(g => g.Last()))
        {
            var grant = existing.FirstOrDefault(g => g.Name == change.Name);
            if (change.IsGranted && grant is null)
                db.PermissionGrants.Add(new PermissionGrant { Name = change.Name!, ProviderName = ownName, ProviderKey = ownKey });
            else if (!change.IsGranted && grant is not null)
                db.PermissionGrants.Remove(grant);
        }
        await db.SaveChangesAsync(ct);
        await stamp.RenewAsync(ct);
    }

    private string Localize(string resource, string key, string culture) => localization.Find(resource, key, culture) ?? key;

    /// <summary>The provider key as grants store it (the role's own name; the user id) and, for a user, their roles.</summary>
    private async Task<(string ProviderName, string ProviderKey, List<string> RoleNames)> ResolveAsync(string providerName, string providerKey, CancellationToken ct)
    {
        if (providerName == PermissionProviders.Role)
        {
            var normalized = providerKey.Trim().ToUpperInvariant();
            var role = await db.Roles.AsNoTracking().Where(r => r.NormalizedName == normalized).Select(r => r.Name!).FirstOrDefaultAsync(ct)
                ?? throw new EntityNotFoundException(nameof(AppRole), providerKey);
            return (PermissionProviders.Role, role, []);
        }
        if (!Guid.TryParse(providerKey, out var userId) || !await db.Users.AnyAsync(u => u.Id == userId, ct))
            throw new EntityNotFoundException(nameof(AppUser), providerKey);
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync(ct);
        return (PermissionProviders.User, userId.ToString(), roleNames);
    }
}
