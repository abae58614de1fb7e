using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Identity.Users;

/// <summary>Applies <see cref="AdministrationPolicy"/> for the identity services: refusals are 403 problem details
/// (400 for the last administrator), raised before anything is stored.</summary>
internal sealed class AdministrationGuard(IdentityDataContext db, ICurrentUser currentUser, IPermissionChecker permissions, IMatrixRoles roles)
{
    public bool IsSelf(Guid userId) => currentUser.Id == userId;

    public Guid? CurrentUserId => currentUser.Id;

    public async Task<IReadOnlySet<string>> EditorGrantsAsync() =>
        currentUser.Principal is { } principal ? await permissions.GetGrantedAsync(principal) : new HashSet<string>();

    /// <summary>Refuses when the user (active or not) holds, himself or through a role, a privileged permission the editor lacks.</summary>
    public async Task CheckMayEditUserAsync(Guid userId, CancellationToken ct)
    {
        var key = userId.ToString();
        var roleNames = await RoleNamesAsync(userId, ct);
        var held = await db.PermissionGrants.AsNoTracking()
            .Where(g => (g.ProviderName == PermissionProviders.User && g.ProviderKey == key) || (g.ProviderName == PermissionProviders.Role && roleNames.Contains(g.ProviderKey)))
            .Select(g => g.Name).ToListAsync(ct);
        Refuse(AdministrationPolicy.Exceeding(await EditorGrantsAsync(), held));
    }

    /// <summary>Refuses giving (or taking) roles whose privileged grants exceed the editor's.</summary>
    public async Task CheckMayHandRolesAsync(IEnumerable<string> roleNames, CancellationToken ct)
    {
        var names = roleNames.ToList();
        var held = await db.PermissionGrants.AsNoTracking()
            .Where(g => g.ProviderName == PermissionProviders.Role && names.Contains(g.ProviderKey)).Select(g => g.Name).ToListAsync(ct);
        Refuse(AdministrationPolicy.Exceeding(await EditorGrantsAsync(), held));
    }

    public async Task CheckMayGrantAsync(IEnumerable<string> permissionNames) =>
        Refuse(AdministrationPolicy.Exceeding(await EditorGrantsAsync(), permissionNames));

    public async Task CheckMayPlaceInBodiesAsync(IEnumerable<string> bodyCodes, CancellationToken ct)
    {
        if (currentUser.Id is not { } editorId) throw Forbidden("Identity:NotYourBody", "");
        var own = await db.UserBodies.AsNoTracking().Where(m => m.UserId == editorId).Select(m => m.BodyCode).ToListAsync(ct);
        var coordinator = await roles.GetHolderAsync(MatrixRoles.Coordinator, ct);
        foreach (var code in bodyCodes)
            if (!AdministrationPolicy.MayPlaceInBody(own, code, coordinator)) throw Forbidden("Identity:NotYourBody", code);
    }

    /// <summary>Call when a change would take the user's active administrator role away.</summary>
    public async Task CheckNotLastAdministratorAsync(Guid userId, CancellationToken ct)
    {
        if (!await IsActiveAdministratorAsync(userId, ct)) return;
        var others = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id join u in db.Users on ur.UserId equals u.Id
                            where r.Name == IdentityRoleNames.Admin && u.IsActive && u.Id != userId select u.Id).CountAsync(ct);
        if (!AdministrationPolicy.LeavesAnAdministrator(others)) throw new BusinessException("Identity:LastAdministrator");
    }

    public Task<bool> IsActiveAdministratorAsync(Guid userId, CancellationToken ct) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id join u in db.Users on ur.UserId equals u.Id
         where r.Name == IdentityRoleNames.Admin && u.IsActive && u.Id == userId select u.Id).AnyAsync(ct);

    public Task<List<string>> RoleNamesAsync(Guid userId, CancellationToken ct) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync(ct);

    public static BusinessException Forbidden(string key, params object[] arguments) => new(key, arguments) { StatusCode = 403 };

    private static void Refuse(IReadOnlyList<string> exceeding)
    {
        if (exceeding.Count > 0) throw Forbidden("Identity:ExceedsEditor", string.Join("、", exceeding));
    }
}
