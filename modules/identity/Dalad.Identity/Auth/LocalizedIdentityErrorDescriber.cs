using Dalad.Platform.Localization;
using Microsoft.AspNetCore.Identity;

namespace Dalad.Identity.Auth;

/// <summary>ASP.NET Core Identity's error texts, taken from the AbpIdentity resource (ABP's keys
/// <c>Volo.Abp.Identity:{Code}</c>) in the current UI culture.</summary>
public sealed class LocalizedIdentityErrorDescriber(LocalizationRegistry registry) : IdentityErrorDescriber
{
    public const string Resource = "AbpIdentity";

    private readonly ResourceLocalizer _l = new(registry, Resource);

    private IdentityError Error(string code, params object[] arguments) =>
        new() { Code = code, Description = _l["Volo.Abp.Identity:" + code, arguments].Value };

    public override IdentityError DefaultError() => Error(nameof(DefaultError));
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed));
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated));
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? "");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), role ?? "");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), role);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword));
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled));
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), role);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), role);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));
}

internal static class IdentityResultExtensions
{
    /// <summary>Turns a failed Identity result into a localized problem: 409 for a concurrency failure, 400 otherwise.</summary>
    public static void CheckErrors(this IdentityResult result)
    {
        if (result.Succeeded) return;
        var concurrency = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure));
        throw new Platform.Web.BusinessException("Identity:Failed", string.Join(" ", result.Errors.Select(e => e.Description).Distinct()))
        {
            StatusCode = concurrency ? 409 : 400,
        };
    }
}
