namespace Dalad.Identity;

// The HTTP shapes of ABP's permission management (Volo.Abp.PermissionManagement.Application.Contracts).

public sealed class GetPermissionListResultDto
{
    public string EntityDisplayName { get; init; } = "";
    public List<PermissionGroupDto> Groups { get; init; } = [];
}

public sealed class PermissionGroupDto
{
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string DisplayNameKey { get; init; } = "";
    public string DisplayNameResource { get; init; } = "";
    public List<PermissionGrantInfoDto> Permissions { get; init; } = [];
}

public sealed class PermissionGrantInfoDto
{
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string? ParentName { get; init; }
    public bool IsGranted { get; init; }

    /// <summary>Empty: every provider may grant it.</summary>
    public List<string> AllowedProviders { get; init; } = [];

    public List<ProviderInfoDto> GrantedProviders { get; init; } = [];
}

public sealed record ProviderInfoDto(string ProviderName, string ProviderKey);

public sealed class UpdatePermissionsDto
{
    public UpdatePermissionDto[]? Permissions { get; set; }
}

public sealed class UpdatePermissionDto
{
    public string? Name { get; set; }
    public bool IsGranted { get; set; }
}
