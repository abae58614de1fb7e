using Dalad.Identity.Domain;
using Dalad.Platform.Localization;
using Microsoft.AspNetCore.Identity;

namespace Dalad.Identity.Auth;

/// <summary>Applies <see cref="PasswordPolicy"/> wherever Identity sets a password.</summary>
public sealed class PasswordClassesValidator(LocalizationRegistry registry) : IPasswordValidator<AppUser>
{
    private readonly ResourceLocalizer _l = new(registry, "Dalad");

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && PasswordPolicy.IsStrong(password)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooWeak",
                Description = _l["Identity:PasswordTooWeak", PasswordPolicy.MinimumLength, PasswordPolicy.MinimumClasses].Value,
            }));
}
