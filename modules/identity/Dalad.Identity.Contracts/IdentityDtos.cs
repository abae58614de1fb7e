using System.Text.Json;

namespace Dalad.Identity;

// The HTTP shapes of ABP's identity module (Volo.Abp.Identity.Application.Contracts), so that @abp/ng.identity
// works unchanged. Property names are ABP's; JSON is camelCase; extraProperties keys keep their case.

/// <summary>ABP's IdentityUserConsts / AbpUserConsts limits.</summary>
public static class IdentityUserConsts
{
    public const int MaxUserNameLength = 256;
    public const int MaxNameLength = 64;
    public const int MaxSurnameLength = 64;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneNumberLength = 16;
    public const int MaxPasswordLength = 128;
}

public static class IdentityRoleConsts
{
    public const int MaxNameLength = 256;
}

/// <summary>Our extra property on users: the codes of the bodies the user belongs to.</summary>
public static class IdentityUserExtraProperties
{
    /// <summary>An array of body codes (a single code or a comma-separated string is accepted on input).</summary>
    public const string BodyCodes = "BodyCodes";

    /// <summary>The bodies' names, for display; ABP's typeahead lookup keeps its text in <c>{Name}_Text</c>.</summary>
    public const string BodyCodesText = "BodyCodes_Text";
}

public sealed class PagedResultDto<T>(long totalCount, IReadOnlyList<T> items)
{
    public long TotalCount { get; } = totalCount;
    public IReadOnlyList<T> Items { get; } = items;
}

public sealed class ListResultDto<T>(IReadOnlyList<T> items)
{
    public IReadOnlyList<T> Items { get; } = items;
}

public sealed class IdentityUserDto
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; init; }
    public string UserName { get; init; } = "";
    public string? Name { get; init; }
    public string? Surname { get; init; }
    public string? Email { get; init; }
    public bool EmailConfirmed { get; init; }
    public string? PhoneNumber { get; init; }
    public bool PhoneNumberConfirmed { get; init; }
    public bool IsActive { get; init; }
    public bool LockoutEnabled { get; init; }
    public int AccessFailedCount { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public string? ConcurrencyStamp { get; init; }
    public int EntityVersion { get; init; }
    public DateTimeOffset? LastPasswordChangeTime { get; init; }
    public DateTime CreationTime { get; init; }
    public Guid? CreatorId { get; init; }
    public DateTime? LastModificationTime { get; init; }
    public Guid? LastModifierId { get; init; }
    public bool IsDeleted { get; init; }
    public Guid? DeleterId { get; init; }
    public DateTime? DeletionTime { get; init; }
    public Dictionary<string, object?> ExtraProperties { get; init; } = [];
}

public abstract class IdentityUserCreateOrUpdateDtoBase
{
    public string UserName { get; set; } = "";
    public string? Name { get; set; }
    public string? Surname { get; set; }
    public string Email { get; set; } = "";
    public string? PhoneNumber { get; set; }
    public bool IsActive { get; set; } = true;
    public bool LockoutEnabled { get; set; } = true;

    /// <summary>Null leaves roles as they are (on create: the default roles).</summary>
    public string[]? RoleNames { get; set; }

    /// <summary>Carries <see cref="IdentityUserExtraProperties.BodyCodes"/>.</summary>
    public Dictionary<string, JsonElement>? ExtraProperties { get; set; }
}

public sealed class IdentityUserCreateDto : IdentityUserCreateOrUpdateDtoBase
{
    public string? Password { get; set; }
}

public sealed class IdentityUserUpdateDto : IdentityUserCreateOrUpdateDtoBase
{
    /// <summary>Empty keeps the current password.</summary>
    public string? Password { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

public sealed class IdentityUserUpdateRolesDto
{
    public string[]? RoleNames { get; set; }
}

/// <summary>ABP's PagedAndSortedResultRequestDto; the numbers are optional in the query (defaults 0 and 10).</summary>
public class PagedAndSortedInput
{
    public const int DefaultMaxResultCount = 10;

    public string? Sorting { get; set; }
    public int? SkipCount { get; set; }
    public int? MaxResultCount { get; set; }

    public int Skip => SkipCount ?? 0;
    public int Take => MaxResultCount ?? DefaultMaxResultCount;
}

public sealed class GetIdentityUsersInput : PagedAndSortedInput
{
    public string? Filter { get; set; }
}

public sealed class GetIdentityRolesInput : PagedAndSortedInput
{
    public string? Filter { get; set; }
}

public sealed class UserLookupSearchInputDto : PagedAndSortedInput
{
    public string? Filter { get; set; }
}

public sealed class IdentityRoleDto
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public bool IsDefault { get; init; }
    public bool IsStatic { get; init; }
    public bool IsPublic { get; init; }
    public string? ConcurrencyStamp { get; init; }
    public Dictionary<string, object?> ExtraProperties { get; init; } = [];
}

public class IdentityRoleCreateDto
{
    public string Name { get; set; } = "";
    public bool IsDefault { get; set; }
    public bool IsPublic { get; set; }
    public Dictionary<string, JsonElement>? ExtraProperties { get; set; }
}

public sealed class IdentityRoleUpdateDto : IdentityRoleCreateDto
{
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>ABP's UserData, answered by the user lookup endpoints.</summary>
public sealed class UserData
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; init; }
    public string UserName { get; init; } = "";
    public string? Name { get; init; }
    public string? Surname { get; init; }
    public bool IsActive { get; init; }
    public string? Email { get; init; }
    public bool EmailConfirmed { get; init; }
    public string? PhoneNumber { get; init; }
    public bool PhoneNumberConfirmed { get; init; }
    public Dictionary<string, object?> ExtraProperties { get; init; } = [];
}
