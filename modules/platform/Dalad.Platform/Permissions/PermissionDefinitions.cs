namespace Dalad.Platform.Permissions;

/// <summary>A module contributes its permissions by registering one of these.</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}

public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    /// <param name="displayNameKey">Localization key; <paramref name="resource"/> names the resource that holds it.</param>
    public PermissionGroupDefinition AddGroup(string name, string displayNameKey, string resource = LocalizationResourceNames.Default)
    {
        if (_groups.Any(g => g.Name == name)) throw new InvalidOperationException($"Permission group {name} is defined twice.");
        var group = new PermissionGroupDefinition(name, displayNameKey, resource);
        _groups.Add(group);
        return group;
    }
}

public sealed class PermissionGroupDefinition(string name, string displayNameKey, string resource)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;
    public string DisplayNameKey { get; } = displayNameKey;
    public string Resource { get; } = resource;

    /// <summary>Top-level permissions of the group; children hang off each.</summary>
    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(string name, string displayNameKey, string? resource = null)
    {
        var permission = new PermissionDefinition(name, displayNameKey, resource ?? Resource, parent: null);
        _permissions.Add(permission);
        return permission;
    }

    /// <summary>The group's permissions, parents before children.</summary>
    public IEnumerable<PermissionDefinition> Flatten() => _permissions.SelectMany(p => p.Flatten());
}

public sealed class PermissionDefinition(string name, string displayNameKey, string resource, PermissionDefinition? parent)
{
    private readonly List<PermissionDefinition> _children = [];

    public string Name { get; } = name;
    public string DisplayNameKey { get; } = displayNameKey;
    public string Resource { get; } = resource;
    public PermissionDefinition? Parent { get; } = parent;
    public IReadOnlyList<PermissionDefinition> Children => _children;

    public PermissionDefinition AddChild(string name, string displayNameKey, string? resource = null)
    {
        var child = new PermissionDefinition(name, displayNameKey, resource ?? Resource, this);
        _children.Add(child);
        return child;
    }

    public IEnumerable<PermissionDefinition> Flatten() => new[] { this }.Concat(_children.SelectMany(c => c.Flatten()));
}

/// <summary>All permission definitions of the loaded modules, collected once.</summary>
public sealed class PermissionDefinitionManager
{
    private readonly Dictionary<string, PermissionDefinition> _byName;

    public PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers) provider.Define(context);
        Groups = context.Groups;
        _byName = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        foreach (var permission in Groups.SelectMany(g => g.Flatten()))
        {
            if (!_byName.TryAdd(permission.Name, permission))
                throw new InvalidOperationException($"Permission {permission.Name} is defined twice.");
        }
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    public IEnumerable<PermissionDefinition> All => _byName.Values;

    public PermissionDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}

/// <summary>Answers whether the current user holds a permission; implemented by the identity module.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(System.Security.Claims.ClaimsPrincipal user, string permissionName);

    /// <summary>Every permission the user holds (directly or through a role).</summary>
    Task<IReadOnlySet<string>> GetGrantedAsync(System.Security.Claims.ClaimsPrincipal user);
}
