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

/// <summary>
/// All permission definitions: those of the loaded modules, collected once, and those of definitions held as data
/// (a department configured at run time), which their owner replaces whole with <see cref="SetDynamic"/>.
/// </summary>
public sealed class PermissionDefinitionManager
{
    private readonly Dictionary<string, PermissionDefinition> _static;
    private readonly IReadOnlyList<PermissionGroupDefinition> _staticGroups;
    private volatile DynamicSet _dynamic = new([], new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal));

    private sealed record DynamicSet(IReadOnlyList<PermissionGroupDefinition> Groups, Dictionary<string, PermissionDefinition> ByName);

    public PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers) provider.Define(context);
        _staticGroups = context.Groups;
        _static = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        foreach (var permission in _staticGroups.SelectMany(g => g.Flatten()))
        {
            if (!_static.TryAdd(permission.Name, permission))
                throw new InvalidOperationException($"Permission {permission.Name} is defined twice.");
        }
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups => [.. _staticGroups, .. _dynamic.Groups];

    public IEnumerable<PermissionDefinition> All => _static.Values.Concat(_dynamic.ByName.Values);

    public PermissionDefinition? Find(string name) => _static.GetValueOrDefault(name) ?? _dynamic.ByName.GetValueOrDefault(name);

    /// <summary>True when <paramref name="name"/> is defined by a module's code (it cannot be redefined as data).</summary>
    public bool IsStatic(string name) => _static.ContainsKey(name);

    /// <summary>Replaces every permission defined as data. A name a module defines in code is skipped.</summary>
    public void SetDynamic(Action<PermissionDefinitionContext> define)
    {
        var context = new PermissionDefinitionContext();
        define(context);
        var byName = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        var groups = new List<PermissionGroupDefinition>();
        foreach (var group in context.Groups)
        {
            if (group.Flatten().Any(p => _static.ContainsKey(p.Name) || byName.ContainsKey(p.Name))) continue;
            foreach (var permission in group.Flatten()) byName[permission.Name] = permission;
            groups.Add(group);
        }
        _dynamic = new DynamicSet(groups, byName);
    }
}

/// <summary>
/// Published when permissions defined as data changed (added or removed), so the identity module grants new ones to the
/// administrators' role, as it does at start with the modules' permissions, and drops cached configurations.
/// </summary>
public sealed record PermissionDefinitionsChanged;

/// <summary>Answers whether the current user holds a permission; implemented by the identity module.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(System.Security.Claims.ClaimsPrincipal user, string permissionName);

    /// <summary>Every permission the user holds (directly or through a role).</summary>
    Task<IReadOnlySet<string>> GetGrantedAsync(System.Security.Claims.ClaimsPrincipal user);
}
