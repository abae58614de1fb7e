using Dalad.Platform.Data;
using Microsoft.AspNetCore.Identity;

namespace Dalad.Identity.Domain;

public sealed class AppUser : IdentityUser<Guid>, IAuditedEntity
{
    public string? Name { get; set; }
    public string? Surname { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Set for accounts created with the demo password: they sign in only after choosing their own.</summary>
    public bool MustChangePassword { get; set; }

    public List<UserBody> Bodies { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? LastModifiedAt { get; set; }
    public string? LastModifiedBy { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>, IAuditedEntity
{
    public AppRole() { }

    public AppRole(string name) : base(name) { }

    /// <summary>Given to new users automatically.</summary>
    public bool IsDefault { get; set; }

    /// <summary>Seeded by the platform; cannot be renamed or deleted.</summary>
    public bool IsStatic { get; set; }

    public bool IsPublic { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? LastModifiedAt { get; set; }
    public string? LastModifiedBy { get; set; }
}

/// <summary>A user's membership of a responsible body (by the body's code).</summary>
public sealed class UserBody
{
    public Guid UserId { get; set; }
    public required string BodyCode { get; set; }
}

/// <summary>A permission granted to a role ("R", role name) or a user ("U", user id), as ABP stores it.</summary>
public sealed class PermissionGrant
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string ProviderName { get; set; }
    public required string ProviderKey { get; set; }
}

public static class PermissionProviders
{
    public const string Role = "R";
    public const string User = "U";
}
