using Dalad.Identity.AbpContract;
using Dalad.Identity.Auth;
using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Identity.Roles;

/// <summary>ABP's IdentityRoleAppService over our roles. A role's permission grants follow it when it is renamed and
/// go with it when it is deleted; the seeded (static) roles can be neither.</summary>
internal sealed class IdentityRoleAppService(IdentityDataContext db, RoleManager<AppRole> roles, IdentityCacheStamp stamp, Users.AdministrationGuard guard)
{
    private static readonly Sorting<AppRole> RoleSorting = new Sorting<AppRole>()
        .Add("name", r => r.Name)
        .Add("isDefault", r => r.IsDefault)
        .Add("isPublic", r => r.IsPublic)
        .Add("isStatic", r => r.IsStatic)
        .Add("creationTime", r => r.CreatedAt)
        .Add("id", r => r.Id);

    public async Task<PagedResultDto<IdentityRoleDto>> GetListAsync(GetIdentityRolesInput input, CancellationToken ct)
    {
        var query = db.Roles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var upper = input.Filter.Trim().ToUpperInvariant();
            query = query.Where(r => r.NormalizedName!.Contains(upper));
        }
        var total = await query.LongCountAsync(ct);
        var page = await RoleSorting.Apply(query, input.Sorting, ("name", false), ("id", false))
            .Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        return new PagedResultDto<IdentityRoleDto>(total, page.Select(ToDto).ToList());
    }

    public async Task<ListResultDto<IdentityRoleDto>> GetAllAsync(CancellationToken ct) =>
        new((await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct)).Select(ToDto).ToList());

    public async Task<IdentityRoleDto> GetAsync(Guid id, CancellationToken ct) =>
        ToDto(await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new EntityNotFoundException(nameof(AppRole), id));

    public async Task<IdentityRoleDto> CreateAsync(IdentityRoleCreateDto input, CancellationToken ct)
    {
        var role = new AppRole(input.Name.Trim()) { IsDefault = input.IsDefault, IsPublic = input.IsPublic };
        (await roles.CreateAsync(role)).CheckErrors();
        return await GetAsync(role.Id, ct);
    }

    public async Task<IdentityRoleDto> UpdateAsync(Guid id, IdentityRoleUpdateDto input, CancellationToken ct)
    {
        var role = await roles.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppRole), id);
        if (!string.IsNullOrEmpty(input.ConcurrencyStamp) && input.ConcurrencyStamp != role.ConcurrencyStamp)
            throw new BusinessException("Identity:ConcurrencyFailure") { StatusCode = 409 };
        var oldName = role.Name!;
        // A role holding more than the editor is not his to change (making the administrator role the default would hand it out).
        await guard.CheckMayHandRolesAsync([oldName], ct);
        var newName = input.Name.Trim();
        var renamed = !string.Equals(oldName, newName, StringComparison.Ordinal);
        if (renamed && role.IsStatic) throw new BusinessException("Identity:StaticRoleRenaming");

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (renamed) (await roles.SetRoleNameAsync(role, newName)).CheckErrors();
            role.IsDefault = input.IsDefault;
            role.IsPublic = input.IsPublic;
            (await roles.UpdateAsync(role)).CheckErrors();
            if (renamed)
            {
                // Grants are keyed by role name, as in ABP.
                foreach (var grant in await db.PermissionGrants.Where(g => g.ProviderName == PermissionProviders.Role && g.ProviderKey == oldName).ToListAsync(ct))
                    grant.ProviderKey = newName;
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        if (renamed) await stamp.RenewAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>As in ABP, a role still held by users may be deleted (they lose it); a static role may not.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var role = await roles.FindByIdAsync(id.ToString());
        if (role is null) return;
        if (role.IsStatic) throw new BusinessException("Identity:StaticRoleDeletion");
        await guard.CheckMayHandRolesAsync([role.Name!], ct);

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.PermissionGrants.RemoveRange(await db.PermissionGrants.Where(g => g.ProviderName == PermissionProviders.Role && g.ProviderKey == role.Name).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            (await roles.DeleteAsync(role)).CheckErrors();
            await transaction.CommitAsync(ct);
        }
        await stamp.RenewAsync(ct);
    }

    internal static IdentityRoleDto ToDto(AppRole role) => new()
    {
        Id = role.Id,
        Name = role.Name!,
        IsDefault = role.IsDefault,
        IsStatic = role.IsStatic,
        IsPublic = role.IsPublic,
        ConcurrencyStamp = role.ConcurrencyStamp,
    };
}
