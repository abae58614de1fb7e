using Dalad.Testing;

namespace Dalad.Departments.Tests;

/// <summary>The host with the seven department plugins in its plugin folder (copied there by the build, see the csproj),
/// optionally leaving some out, as an operator would by deleting a plugin's folder.</summary>
public class DepartmentsHost : DaladHostFactory
{
    public static readonly string BuiltPlugins = Path.Combine(AppContext.BaseDirectory, "department-plugins");

    public DepartmentsHost() : this([]) { }

    protected DepartmentsHost(string[] leftOut, string[]? extraPluginFolders = null)
    {
        foreach (var plugin in Directory.GetDirectories(BuiltPlugins).Where(d => !leftOut.Contains(Path.GetFileName(d))).Concat(extraPluginFolders ?? []))
        {
            var target = Directory.CreateDirectory(Path.Combine(PluginPath, Path.GetFileName(plugin)));
            foreach (var file in Directory.GetFiles(plugin)) File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        }
    }
}

public sealed class HostWithoutEnergy() : DepartmentsHost(["Dalad.Departments.Energy"]);

/// <summary>The seven plugins and an eighth, published into the plugin folder as an operator would drop it there.</summary>
public sealed class HostWithEighthPlugin() : DepartmentsHost([], [Path.Combine(AppContext.BaseDirectory, "eighth-plugin", "Dalad.Departments.Health")]);
