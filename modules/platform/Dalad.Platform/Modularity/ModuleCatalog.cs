using System.Reflection;

namespace Dalad.Platform.Modularity;

/// <summary>The modules of a running host, in dependency order (a module always comes after what it depends on).</summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<DaladModule> modules, IReadOnlyList<PluginInfo> plugins)
    {
        Modules = modules;
        Plugins = plugins;
    }

    public IReadOnlyList<DaladModule> Modules { get; }

    /// <summary>Plugins loaded from the plugin folder.</summary>
    public IReadOnlyList<PluginInfo> Plugins { get; }

    public IEnumerable<Assembly> Assemblies => Modules.Select(m => m.GetType().Assembly).Distinct();

    public static ModuleCatalog Build(Type startupModule, IEnumerable<Type>? pluginModules = null, IReadOnlyList<PluginInfo>? plugins = null)
    {
        var ordered = new List<Type>();
        var visiting = new HashSet<Type>();
        var done = new HashSet<Type>();

        void Visit(Type type, Stack<Type> path)
        {
            if (done.Contains(type)) return;
            if (!typeof(DaladModule).IsAssignableFrom(type) || type.IsAbstract)
                throw new InvalidOperationException($"{type.FullName} is not a concrete {nameof(DaladModule)}.");
            if (!visiting.Add(type))
                throw new InvalidOperationException("Module dependency cycle: " + string.Join(" -> ", path.Reverse().Append(type).Select(t => t.Name)));
            path.Push(type);
            foreach (var dependency in type.GetCustomAttributes<DependsOnAttribute>().SelectMany(a => a.Dependencies))
                Visit(dependency, path);
            path.Pop();
            visiting.Remove(type);
            done.Add(type);
            ordered.Add(type);
        }

        Visit(startupModule, new Stack<Type>());
        foreach (var plugin in pluginModules ?? [])
            Visit(plugin, new Stack<Type>());

        var modules = ordered.Select(t => (DaladModule)Activator.CreateInstance(t)!).ToList();
        return new ModuleCatalog(modules, plugins ?? []);
    }
}

public sealed record PluginInfo(string Name, string Folder, Assembly Assembly);
