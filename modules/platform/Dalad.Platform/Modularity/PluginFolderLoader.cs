using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;

namespace Dalad.Platform.Modularity;

/// <summary>
/// Loads plugins from a folder: every sub-folder <c>X/</c> holding <c>X.dll</c> is one plugin. The plugin shares
/// the platform's and ASP.NET Core's assemblies with the host so that its module class is a real DaladModule.
/// </summary>
public static class PluginFolderLoader
{
    public static (IReadOnlyList<Type> Modules, IReadOnlyList<PluginInfo> Plugins) Load(string folder, ILogger? logger = null)
    {
        var modules = new List<Type>();
        var plugins = new List<PluginInfo>();
        if (!Directory.Exists(folder)) return (modules, plugins);

        foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            var dll = Path.Combine(directory, name + ".dll");
            if (!File.Exists(dll))
            {
                logger?.LogWarning("Plugin folder {Folder} has no {Dll}; skipped", directory, name + ".dll");
                continue;
            }

            var loader = PluginLoader.CreateFromAssemblyFile(dll, config =>
            {
                config.PreferSharedTypes = true;
                config.SharedAssemblies.Add(typeof(DaladModule).Assembly.GetName());
            });
            var assembly = loader.LoadDefaultAssembly();
            var moduleTypes = SafeTypes(assembly).Where(t => typeof(DaladModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();
            if (moduleTypes.Count == 0)
            {
                logger?.LogWarning("Plugin {Name} has no module class; skipped", name);
                continue;
            }

            modules.AddRange(moduleTypes);
            plugins.Add(new PluginInfo(name, directory, assembly));
            logger?.LogInformation("Loaded plugin {Name} from {Folder}", name, directory);
        }

        return (modules, plugins);
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try { return assembly.GetTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.Where(t => t is not null)!; }
    }
}
