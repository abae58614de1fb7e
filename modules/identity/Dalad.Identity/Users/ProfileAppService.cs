using Dalad.Identity.AbpContract;
using Dalad.Identity.Auth;
using Dalad.Identity.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Dalad.Identity.Users;

/// <summary>
/// ABP's ProfileAppService: the signed-in user reads and changes their own name, e-mail and phone, and changes their
/// own password (the current one is required; the store enforces the password policy).
/// </summary>
internal sealed class ProfileAppService(UserManager<AppUser> users, ICurrentUser currentUser, IdentityCacheStamp stamp, IMemoryCache sessions)
{
    public async Task<ProfileDto> GetAsync(CancellationToken ct) => ToDto(await CurrentAsync());

    public async Task<ProfileDto> UpdateAsync(UpdateProfileDto input, CancellationToken ct)
    {
        var user = await CurrentAsync();
        if (!string.IsNullOrEmpty(input.ConcurrencyStamp) && input.ConcurrencyStamp != user.ConcurrencyStamp)
            throw new BusinessException("Identity:ConcurrencyFailure") { StatusCode = 409 };
        var email = input.Email!.Trim();
        var phone = Blank(input.PhoneNumber);
        // Set directly, not through SetEmailAsync/SetPhoneNumberAsync: those renew the security stamp, which would end
        // the user's own session (SessionCheck) for a change of contact details. UpdateAsync still validates the user.
        if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            user.Email = email;
            user.NormalizedEmail = users.NormalizeEmail(email);
            user.EmailConfirmed = false;
        }
        if (!string.Equals(user.PhoneNumber, phone, StringComparison.Ordinal))
        {
            user.PhoneNumber = phone;
            user.PhoneNumberConfirmed = false;
        }
        user.Name = Blank(input.Name);
        user.Surname = Blank(input.Surname);
        (await users.UpdateAsync(user)).CheckErrors();
        await stamp.RenewAsync(ct);
        return ToDto(user);
    }

    public async Task ChangePasswordAsync(ChangePasswordInput input, CancellationToken ct)
    {
        var user = await CurrentAsync();
        (await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!)).CheckErrors();
        user.MustChangePassword = false;
        (await users.UpdateAsync(user)).CheckErrors();
        // The new password renewed the security stamp: every session of the user ends, this one included (the UI signs in again).
        SessionCheck.Forget(sessions, user.Id);
    }

    private async Task<AppUser> CurrentAsync()
    {
        // The endpoints require a signed-in user.
        var id = currentUser.Id ?? throw new InvalidOperationException("No signed-in user.");
        return await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
    }

    private static ProfileDto ToDto(AppUser user) => new()
    {
        UserName = user.UserName!,
        Email = user.Email,
        Name = user.Name,
        Surname = user.Surname,
        PhoneNumber = user.PhoneNumber,
        HasPassword = user.PasswordHash is not null,
        ConcurrencyStamp = user.ConcurrencyStamp,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
