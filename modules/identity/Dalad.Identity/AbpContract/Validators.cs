using Dalad.Identity.Auth;
using Dalad.Identity.Users;
using Dalad.Platform.Localization;
using Dalad.Platform.Permissions;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dalad.Identity.AbpContract;

// Request validation for ABP's identity and permission-management inputs: ABP's length limits, our password policy
// (the same IdentityOptions the store enforces) and body membership, with field names and messages localized.

internal abstract class IdentityUserInputValidator<T> : AbstractValidator<T> where T : IdentityUserCreateOrUpdateDtoBase
{
    protected IdentityUserInputValidator(LocalizationRegistry registry, IStringLocalizer l, IOptions<IdentityOptions> identityOptions)
    {
        Abp = new ResourceLocalizer(registry, LocalizedIdentityErrorDescriber.Resource);
        Dalad = l;
        Options = identityOptions.Value;
        var allowed = Options.User.AllowedUserNameCharacters;

        RuleFor(x => x.UserName).NotEmpty().MaximumLength(IdentityUserConsts.MaxUserNameLength).WithName(_ => Abp["DisplayName:UserName"])
            .Must(name => name is null || string.IsNullOrEmpty(allowed) || name.Trim().All(allowed.Contains))
            .WithMessage(x => Abp["Volo.Abp.Identity:InvalidUserName", x.UserName]);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(IdentityUserConsts.MaxEmailLength).EmailAddress().WithName(_ => Abp["DisplayName:Email"]);
        RuleFor(x => x.Name).MaximumLength(IdentityUserConsts.MaxNameLength).WithName(_ => Abp["DisplayName:Name"]);
        RuleFor(x => x.Surname).MaximumLength(IdentityUserConsts.MaxSurnameLength).WithName(_ => Abp["DisplayName:Surname"]);
        RuleFor(x => x.PhoneNumber).MaximumLength(IdentityUserConsts.MaxPhoneNumberLength).Matches(@"^[0-9+\-()\s*]*$")
            .WithName(_ => Abp["DisplayName:PhoneNumber"]);
        RuleFor(x => x.ExtraProperties).Must(BodyCodesInput.IsWellFormed).WithMessage(_ => l["Identity:BodyCodesMalformed"]);
    }

    protected ResourceLocalizer Abp { get; }

    protected IStringLocalizer Dalad { get; }

    protected IdentityOptions Options { get; }

    /// <summary>The rules of <see cref="PasswordOptions"/>, each with ABP's message, so the form says what is missing.</summary>
    protected void PasswordPolicy(IRuleBuilder<T, string?> rule)
    {
        var o = Options.Password;
        rule.MaximumLength(IdentityUserConsts.MaxPasswordLength).WithName(_ => Abp["DisplayName:Password"])
            .Must(p => p!.Length >= o.RequiredLength).WithMessage(_ => Abp["Volo.Abp.Identity:PasswordTooShort", o.RequiredLength])
            .Must(p => !o.RequireDigit || p!.Any(char.IsAsciiDigit)).WithMessage(_ => Abp["Volo.Abp.Identity:PasswordRequiresDigit"])
            .Must(p => !o.RequireLowercase || p!.Any(char.IsAsciiLetterLower)).WithMessage(_ => Abp["Volo.Abp.Identity:PasswordRequiresLower"])
            .Must(p => !o.RequireUppercase || p!.Any(char.IsAsciiLetterUpper)).WithMessage(_ => Abp["Volo.Abp.Identity:PasswordRequiresUpper"])
            .Must(p => !o.RequireNonAlphanumeric || p!.Any(c => !char.IsAsciiLetterOrDigit(c))).WithMessage(_ => Abp["Volo.Abp.Identity:PasswordRequiresNonAlphanumeric"])
            .Must(p => p!.Distinct().Count() >= o.RequiredUniqueChars).WithMessage(_ => Abp["Volo.Abp.Identity:PasswordRequiresUniqueChars", o.RequiredUniqueChars])
            .Must(p => Domain.PasswordPolicy.Classes(p!) >= Domain.PasswordPolicy.MinimumClasses)
            .WithMessage(_ => Dalad["Identity:PasswordTooWeak", Domain.PasswordPolicy.MinimumLength, Domain.PasswordPolicy.MinimumClasses]);
    }
}

internal sealed class IdentityUserCreateDtoValidator : IdentityUserInputValidator<IdentityUserCreateDto>
{
    public IdentityUserCreateDtoValidator(LocalizationRegistry registry, IStringLocalizer l, IOptions<IdentityOptions> options) : base(registry, l, options)
    {
        RuleFor(x => x.Password).NotEmpty().WithName(_ => Abp["DisplayName:Password"]);
        When(x => !string.IsNullOrEmpty(x.Password), () => PasswordPolicy(RuleFor(x => x.Password)));
        RuleFor(x => x.ExtraProperties).Must(e => BodyCodesInput.Read(e) is { Count: > 0 }).When(x => BodyCodesInput.IsWellFormed(x.ExtraProperties))
            .WithMessage(_ => l["Identity:BodyRequired"]);
    }
}

internal sealed class IdentityUserUpdateDtoValidator : IdentityUserInputValidator<IdentityUserUpdateDto>
{
    public IdentityUserUpdateDtoValidator(LocalizationRegistry registry, IStringLocalizer l, IOptions<IdentityOptions> options) : base(registry, l, options)
    {
        When(x => !string.IsNullOrEmpty(x.Password), () => PasswordPolicy(RuleFor(x => x.Password)));
        // Leaving BodyCodes out keeps the memberships; sending it empty would leave the user in no body at all.
        RuleFor(x => x.ExtraProperties).Must(e => BodyCodesInput.Read(e) is not { Count: 0 }).When(x => BodyCodesInput.IsWellFormed(x.ExtraProperties))
            .WithMessage(_ => l["Identity:BodyRequired"]);
    }
}

internal sealed class UpdateProfileDtoValidator : AbstractValidator<UpdateProfileDto>
{
    public UpdateProfileDtoValidator(LocalizationRegistry registry)
    {
        var abp = new ResourceLocalizer(registry, LocalizedIdentityErrorDescriber.Resource);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(IdentityUserConsts.MaxEmailLength).EmailAddress().WithName(_ => abp["DisplayName:Email"]);
        RuleFor(x => x.Name).MaximumLength(IdentityUserConsts.MaxNameLength).WithName(_ => abp["DisplayName:Name"]);
        RuleFor(x => x.Surname).MaximumLength(IdentityUserConsts.MaxSurnameLength).WithName(_ => abp["DisplayName:Surname"]);
        RuleFor(x => x.PhoneNumber).MaximumLength(IdentityUserConsts.MaxPhoneNumberLength).Matches(@"^[0-9+\-()\s]*$")
            .WithName(_ => abp["DisplayName:PhoneNumber"]);
    }
}

/// <summary>Both passwords are required; the new one's policy is the store's (the same rules and messages as sign-in).</summary>
internal sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator(LocalizationRegistry registry)
    {
        var abp = new ResourceLocalizer(registry, LocalizedIdentityErrorDescriber.Resource);
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(IdentityUserConsts.MaxPasswordLength).WithName(_ => abp["DisplayName:CurrentPassword"]);
        RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(IdentityUserConsts.MaxPasswordLength).WithName(_ => abp["DisplayName:NewPassword"]);
    }
}

internal sealed class IdentityUserUpdateRolesDtoValidator : AbstractValidator<IdentityUserUpdateRolesDto>
{
    public IdentityUserUpdateRolesDtoValidator(LocalizationRegistry registry)
    {
        var abp = new ResourceLocalizer(registry, LocalizedIdentityErrorDescriber.Resource);
        RuleFor(x => x.RoleNames).NotNull().WithName(_ => abp["Roles"]);
    }
}

internal sealed class IdentityRoleCreateDtoValidator : AbstractValidator<IdentityRoleCreateDto>
{
    public IdentityRoleCreateDtoValidator(LocalizationRegistry registry)
    {
        var abp = new ResourceLocalizer(registry, LocalizedIdentityErrorDescriber.Resource);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(IdentityRoleConsts.MaxNameLength).WithName(_ => abp["RoleName"]);
    }
}

internal sealed class IdentityRoleUpdateDtoValidator : AbstractValidator<IdentityRoleUpdateDto>
{
    public IdentityRoleUpdateDtoValidator(LocalizationRegistry registry) => Include(new IdentityRoleCreateDtoValidator(registry));
}

internal sealed class UpdatePermissionsDtoValidator : AbstractValidator<UpdatePermissionsDto>
{
    public UpdatePermissionsDtoValidator(PermissionDefinitionManager definitions, IStringLocalizer l)
    {
        RuleFor(x => x.Permissions).NotNull().WithName(_ => l["Identity:PermissionsField"]);
        RuleForEach(x => x.Permissions).ChildRules(p =>
            p.RuleFor(x => x.Name).Must(name => !string.IsNullOrEmpty(name) && definitions.Find(name) is not null)
                .WithMessage(x => l["Identity:UnknownPermission", x.Name ?? ""]));
    }
}

/// <summary>ABP's paging limits (LimitedResultRequestDto: at most 1000 at a time).</summary>
internal abstract class PagedInputValidator<T> : AbstractValidator<T> where T : PagedAndSortedInput
{
    public const int MaxMaxResultCount = 1000;

    protected PagedInputValidator()
    {
        RuleFor(x => x.Skip).GreaterThanOrEqualTo(0).OverridePropertyName(nameof(PagedAndSortedInput.SkipCount));
        RuleFor(x => x.Take).InclusiveBetween(1, MaxMaxResultCount).OverridePropertyName(nameof(PagedAndSortedInput.MaxResultCount));
    }
}

internal sealed class GetIdentityUsersInputValidator : PagedInputValidator<GetIdentityUsersInput>;

internal sealed class GetIdentityRolesInputValidator : PagedInputValidator<GetIdentityRolesInput>;

internal sealed class UserLookupSearchInputValidator : PagedInputValidator<UserLookupSearchInputDto>;
