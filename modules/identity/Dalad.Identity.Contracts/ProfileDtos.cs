namespace Dalad.Identity;

// The HTTP shapes of ABP's account module for the signed-in user's own profile (Volo.Abp.Account: ProfileDto,
// UpdateProfileDto, ChangePasswordInput), served at /api/account/my-profile.

public sealed class ProfileDto
{
    public string UserName { get; set; } = "";
    public string? Email { get; set; }
    public string? Name { get; set; }
    public string? Surname { get; set; }
    public string? PhoneNumber { get; set; }
    public bool IsExternal { get; set; }
    public bool HasPassword { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>What a user may change about themselves: name, e-mail and phone (not the login name, roles or bodies).</summary>
public sealed class UpdateProfileDto
{
    public string? Name { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? PhoneNumber { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed class ChangePasswordInput
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
}
