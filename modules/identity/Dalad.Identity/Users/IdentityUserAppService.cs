using Dalad.Identity.AbpContract;
using Dalad.Identity.Auth;
using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalad.Identity.Users;

/// <summary>
/// ABP's IdentityUserAppService over our ASP.NET Core Identity: users, their roles and their bodies. Every change runs
/// in one transaction (bad input stores nothing) and renews the identity cache stamp.
/// </summary>
internal sealed class IdentityUserAppService(
    IdentityDataContext db,
    UserManager<AppUser> users,
    IBodyDirectory bodies,
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    IdentityCacheStamp stamp,
    AdministrationGuard guard,
    Microsoft.Extensions.Caching.Memory.IMemoryCache sessions,
    IOptions<AdminSeedOptions> adminOptions)
{
    private static readonly Sorting<AppUser> UserSorting = new Sorting<AppUser>()
        .Add("userName", u => u.UserName)
        .Add("email", u => u.Email)
        .Add("phoneNumber", u => u.PhoneNumber)
        .Add("name", u => u.Name)
        .Add("surname", u => u.Surname)
        .Add("isActive", u => u.IsActive)
        .Add("lockoutEnabled", u => u.LockoutEnabled)
        .Add("creationTime", u => u.CreatedAt)
        .Add("lastModificationTime", u => u.LastModifiedAt)
        .Add("id", u => u.Id);

    public async Task<PagedResultDto<IdentityUserDto>> GetListAsync(GetIdentityUsersInput input, CancellationToken ct)
    {
        var query = Filter(db.Users.AsNoTracking(), input.Filter);
        var total = await query.LongCountAsync(ct);
        var page = await UserSorting.Apply(query, input.Sorting, ("creationTime", true), ("id", false))
            .Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        return new PagedResultDto<IdentityUserDto>(total, await ToDtosAsync(page, ct));
    }

    public async Task<IdentityUserDto> GetAsync(Guid id, CancellationToken ct) =>
        (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<IdentityUserDto?> FindByUserNameAsync(string userName, CancellationToken ct) =>
        await users.FindByNameAsync(userName) is { } user ? (await ToDtosAsync([user], ct))[0] : null;

    public async Task<IdentityUserDto?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = users.NormalizeEmail(email);
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).OrderBy(u => u.CreatedAt).FirstOrDefaultAsync(ct);
        return user is null ? null : (await ToDtosAsync([user], ct))[0];
    }

    public async Task<IdentityUserDto> CreateAsync(IdentityUserCreateDto input, CancellationToken ct)
    {
        var bodyCodes = BodyCodesInput.Read(input.ExtraProperties) ?? [];
        await CheckBodiesAsync(bodyCodes, alreadyMember: [], ct);
        await guard.CheckMayPlaceInBodiesAsync(bodyCodes, ct);
        var roleNames = input.RoleNames is not null && await CanManageRolesAsync()
            ? await ResolveRoleNamesAsync(input.RoleNames, ct)
            : await db.Roles.Where(r => r.IsDefault).Select(r => r.Name!).ToListAsync(ct);
        await guard.CheckMayHandRolesAsync(roleNames, ct);

        var user = new AppUser
        {
            UserName = input.UserName.Trim(),
            Email = input.Email.Trim(),
            Name = Blank(input.Name),
            Surname = Blank(input.Surname),
            PhoneNumber = Blank(input.PhoneNumber),
            IsActive = input.IsActive,
            LockoutEnabled = input.LockoutEnabled,
        };
        foreach (var code in bodyCodes) user.Bodies.Add(new UserBody { BodyCode = code });

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            (await users.CreateAsync(user, input.Password!)).CheckErrors();
            if (roleNames.Count > 0) (await users.AddToRolesAsync(user, roleNames)).CheckErrors();
            await transaction.CommitAsync(ct);
        }
        await stamp.RenewAsync(ct);
        return await GetAsync(user.Id, ct);
    }

    public async Task<IdentityUserDto> UpdateAsync(Guid id, IdentityUserUpdateDto input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        if (!string.IsNullOrEmpty(input.ConcurrencyStamp) && input.ConcurrencyStamp != user.ConcurrencyStamp)
            throw new BusinessException("Identity:ConcurrencyFailure") { StatusCode = 409 };

        var isSelf = guard.IsSelf(id);
        if (!isSelf) await guard.CheckMayEditUserAsync(id, ct);
        var current = await db.UserBodies.Where(m => m.UserId == id).Select(m => m.BodyCode).ToListAsync(ct);
        var bodyCodes = BodyCodesInput.Read(input.ExtraProperties);
        if (bodyCodes is not null) await CheckBodiesAsync(bodyCodes, current, ct);
        var roleNames = input.RoleNames is not null && await CanManageRolesAsync() ? await ResolveRoleNamesAsync(input.RoleNames, ct) : null;
        if (isSelf && !input.IsActive) throw new BusinessException("Identity:CannotDeactivateSelf");
        await CheckMembershipChangeAsync(user, isSelf, current, bodyCodes, roleNames, ct);
        if (!isSelf && user.IsActive && !input.IsActive) await guard.CheckNotLastAdministratorAsync(id, ct);
        // A form filled from a masked phone number sends the mask back: that is no change.
        var phone = Blank(input.PhoneNumber);
        if (phone is not null && phone == MaskPhone(user.PhoneNumber) && !await CanSeePersonalDataAsync()) phone = user.PhoneNumber;

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (!string.Equals(user.UserName, input.UserName.Trim(), StringComparison.Ordinal))
                (await users.SetUserNameAsync(user, input.UserName.Trim())).CheckErrors();
            if (!string.Equals(user.Email, input.Email.Trim(), StringComparison.OrdinalIgnoreCase))
                (await users.SetEmailAsync(user, input.Email.Trim())).CheckErrors();
            if (!string.Equals(user.PhoneNumber, phone, StringComparison.Ordinal))
                (await users.SetPhoneNumberAsync(user, phone)).CheckErrors();
            if (!isSelf)
            {
                user.LockoutEnabled = input.LockoutEnabled;
                user.IsActive = input.IsActive;
            }
            user.Name = Blank(input.Name);
            user.Surname = Blank(input.Surname);
            (await users.UpdateAsync(user)).CheckErrors();

            if (!string.IsNullOrEmpty(input.Password))
            {
                (await users.RemovePasswordAsync(user)).CheckErrors();
                (await users.AddPasswordAsync(user, input.Password)).CheckErrors();
            }
            if (roleNames is not null) await SetRolesAsync(user, roleNames);
            // Memberships are written as rows of their own: Identity's store would treat new child rows of an updated user as updates.
            if (bodyCodes is not null)
            {
                db.UserBodies.RemoveRange(await db.UserBodies.Where(m => m.UserId == id && !bodyCodes.Contains(m.BodyCode)).ToListAsync(ct));
                db.UserBodies.AddRange(bodyCodes.Except(current).Select(code => new UserBody { UserId = id, BodyCode = code }));
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        await stamp.RenewAsync(ct);
        SessionCheck.Forget(sessions, id);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        if (currentUser.Id == id) throw new BusinessException("Identity:UserSelfDeletion");
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return;
        if (string.Equals(user.UserName, adminOptions.Value.UserName, StringComparison.OrdinalIgnoreCase))
            throw new BusinessException("Identity:CannotDeleteSeededAdmin", user.UserName!);
        await guard.CheckMayEditUserAsync(id, ct);
        await guard.CheckNotLastAdministratorAsync(id, ct);

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var key = id.ToString();
            db.PermissionGrants.RemoveRange(await db.PermissionGrants.Where(g => g.ProviderName == PermissionProviders.User && g.ProviderKey == key).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            (await users.DeleteAsync(user)).CheckErrors();
            await transaction.CommitAsync(ct);
        }
        await stamp.RenewAsync(ct);
        SessionCheck.Forget(sessions, id);
    }

    public async Task<ListResultDto<IdentityRoleDto>> GetRolesAsync(Guid id, CancellationToken ct)
    {
        await FindAsync(id, ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == id orderby r.Name select r)
            .AsNoTracking().ToListAsync(ct);
        return new ListResultDto<IdentityRoleDto>(roles.Select(Roles.IdentityRoleAppService.ToDto).ToList());
    }

    public async Task<ListResultDto<IdentityRoleDto>> GetAssignableRolesAsync(CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        return new ListResultDto<IdentityRoleDto>(roles.Select(Roles.IdentityRoleAppService.ToDto).ToList());
    }

    public async Task UpdateRolesAsync(Guid id, IdentityUserUpdateRolesDto input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        var roleNames = await ResolveRoleNamesAsync(input.RoleNames ?? [], ct);
        var isSelf = guard.IsSelf(id);
        if (!isSelf) await guard.CheckMayEditUserAsync(id, ct);
        await CheckMembershipChangeAsync(user, isSelf, bodies: null, bodyCodes: null, roleNames, ct);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await SetRolesAsync(user, roleNames);
            await transaction.CommitAsync(ct);
        }
        await stamp.RenewAsync(ct);
    }

    // ABP's user lookup (IdentityUserLookupAppService): a small read-only view of users for pickers and other modules.

    public async Task<UserData?> LookupAsync(Guid id, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == id).FirstOrDefaultAsync(ct) is { } user ? ToUserData(user, await CanSeePersonalDataAsync()) : null;

    public async Task<UserData?> LookupByUserNameAsync(string userName, CancellationToken ct)
    {
        var normalized = users.NormalizeName(userName);
        return await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized).FirstOrDefaultAsync(ct) is { } user
            ? ToUserData(user, await CanSeePersonalDataAsync()) : null;
    }

    public async Task<ListResultDto<UserData>> SearchAsync(UserLookupSearchInputDto input, CancellationToken ct)
    {
        var found = await UserSorting.Apply(Filter(db.Users.AsNoTracking(), input.Filter), input.Sorting, ("userName", false), ("id", false))
            .Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        var fullPhone = await CanSeePersonalDataAsync();
        return new ListResultDto<UserData>(found.Select(u => ToUserData(u, fullPhone)).ToList());
    }

    public Task<long> CountAsync(string? filter, CancellationToken ct) => Filter(db.Users.AsNoTracking(), filter).LongCountAsync(ct);

    private static IQueryable<AppUser> Filter(IQueryable<AppUser> query, string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter)) return query;
        var text = filter.Trim();
        var upper = text.ToUpperInvariant();
        return query.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper)
            || u.Name!.Contains(text) || u.Surname!.Contains(text) || u.PhoneNumber!.Contains(text));
    }

    private async Task<AppUser> FindAsync(Guid id, CancellationToken ct) =>
        await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new EntityNotFoundException(nameof(AppUser), id);

    /// <summary>Nobody changes his own bodies or roles; others' only within the editor's reach; the last administrator keeps his role.</summary>
    private async Task CheckMembershipChangeAsync(AppUser user, bool isSelf, IReadOnlyCollection<string>? bodies, IReadOnlyList<string>? bodyCodes, IReadOnlyList<string>? roleNames, CancellationToken ct)
    {
        if (bodyCodes is not null && bodies is not null)
        {
            var added = bodyCodes.Except(bodies).ToList();
            var removed = bodies.Except(bodyCodes).ToList();
            if (added.Count + removed.Count > 0)
            {
                if (isSelf) throw AdministrationGuard.Forbidden("Identity:OwnMembership");
                await guard.CheckMayPlaceInBodiesAsync(added.Concat(removed), ct);
            }
        }
        if (roleNames is null) return;
        var currentRoles = await guard.RoleNamesAsync(user.Id, ct);
        var changed = roleNames.Except(currentRoles, StringComparer.OrdinalIgnoreCase).Concat(currentRoles.Except(roleNames, StringComparer.OrdinalIgnoreCase)).ToList();
        if (changed.Count == 0) return;
        if (isSelf) throw AdministrationGuard.Forbidden("Identity:OwnMembership");
        await guard.CheckMayHandRolesAsync(changed, ct);
        if (changed.Contains(IdentityRoleNames.Admin, StringComparer.OrdinalIgnoreCase) && !roleNames.Contains(IdentityRoleNames.Admin, StringComparer.OrdinalIgnoreCase))
            await guard.CheckNotLastAdministratorAsync(user.Id, ct);
    }

    private Task<bool> CanManageRolesAsync() =>
        currentUser.Principal is { } principal ? permissions.IsGrantedAsync(principal, IdentityPermissions.Users.ManageRoles) : Task.FromResult(false);

    /// <summary>The roles' stored names for the names given (ignoring case); an unknown role is refused.</summary>
    private async Task<List<string>> ResolveRoleNamesAsync(IEnumerable<string> requested, CancellationToken ct)
    {
        var all = await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(ct);
        var resolved = new List<string>();
        foreach (var name in requested.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()))
        {
            var role = all.FirstOrDefault(r => r.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new BusinessException("Identity:RoleNotFound", name);
            if (!resolved.Contains(role, StringComparer.Ordinal)) resolved.Add(role);
        }
        return resolved;
    }

    private async Task SetRolesAsync(AppUser user, IReadOnlyCollection<string> roleNames)
    {
        var current = await users.GetRolesAsync(user);
        var removed = current.Where(r => !roleNames.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        var added = roleNames.Where(r => !current.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (removed.Count > 0) (await users.RemoveFromRolesAsync(user, removed)).CheckErrors();
        if (added.Count > 0) (await users.AddToRolesAsync(user, added)).CheckErrors();
    }

    /// <summary>Every code must name a body; a body the user is not yet in must also be active.</summary>
    private async Task CheckBodiesAsync(IReadOnlyList<string> codes, IReadOnlyCollection<string> alreadyMember, CancellationToken ct)
    {
        if (codes.Count == 0) throw new BusinessException("Identity:BodyRequired");
        foreach (var code in codes)
        {
            var body = await bodies.FindAsync(code, ct) ?? throw new BusinessException("Identity:UnknownBody", code);
            if (!body.IsActive && !alreadyMember.Contains(code)) throw new BusinessException("Identity:InactiveBody", body.Name);
        }
    }

    private async Task<List<IdentityUserDto>> ToDtosAsync(IReadOnlyList<AppUser> page, CancellationToken ct)
    {
        var fullPhone = await CanSeePersonalDataAsync();
        var ids = page.Select(u => u.Id).ToList();
        var memberships = (await db.UserBodies.AsNoTracking().Where(m => ids.Contains(m.UserId)).ToListAsync(ct))
            .ToLookup(m => m.UserId, m => m.BodyCode);
        var names = (await bodies.GetAllAsync(ct)).ToDictionary(b => b.Code, b => b.Name, StringComparer.Ordinal);
        return page.Select(u =>
        {
            var codes = memberships[u.Id].Order(StringComparer.Ordinal).ToArray();
            return new IdentityUserDto
            {
                Id = u.Id,
                UserName = u.UserName!,
                Name = u.Name,
                Surname = u.Surname,
                Email = u.Email,
                EmailConfirmed = u.EmailConfirmed,
                PhoneNumber = fullPhone ? u.PhoneNumber : MaskPhone(u.PhoneNumber),
                PhoneNumberConfirmed = u.PhoneNumberConfirmed,
                IsActive = u.IsActive,
                LockoutEnabled = u.LockoutEnabled,
                AccessFailedCount = u.AccessFailedCount,
                LockoutEnd = u.LockoutEnd,
                ConcurrencyStamp = u.ConcurrencyStamp,
                CreationTime = u.CreatedAt,
                LastModificationTime = u.LastModifiedAt,
                ExtraProperties = new()
                {
                    [IdentityUserExtraProperties.BodyCodes] = codes,
                    [IdentityUserExtraProperties.BodyCodesText] = string.Join("、", codes.Select(c => names.GetValueOrDefault(c, c))),
                },
            };
        }).ToList();
    }

    private static UserData ToUserData(AppUser u, bool fullPhone) => new()
    {
        Id = u.Id,
        UserName = u.UserName!,
        Name = u.Name,
        Surname = u.Surname,
        IsActive = u.IsActive,
        Email = u.Email,
        EmailConfirmed = u.EmailConfirmed,
        PhoneNumber = fullPhone ? u.PhoneNumber : MaskPhone(u.PhoneNumber),
        PhoneNumberConfirmed = u.PhoneNumberConfirmed,
    };

    /// <summary>Phone numbers are personal data: shown in full only with <see cref="IdentityPermissions.Users.ViewPersonalData"/>.</summary>
    internal static string? MaskPhone(string? phone) =>
        string.IsNullOrEmpty(phone) ? phone : phone.Length >= 7 ? phone[..3] + new string('*', phone.Length - 7) + phone[^4..] : new string('*', phone.Length);

    private Task<bool> CanSeePersonalDataAsync() =>
        currentUser.Principal is { } principal ? permissions.IsGrantedAsync(principal, IdentityPermissions.Users.ViewPersonalData) : Task.FromResult(false);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
