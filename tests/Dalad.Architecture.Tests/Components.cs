using System.Reflection;
using Dalad.Platform.Modularity;

namespace Dalad.Architecture.Tests;

public enum ComponentKind
{
    /// <summary>Dalad.Platform: the module system and building blocks every module may use.</summary>
    Platform,

    /// <summary>Dalad.X.Contracts: what module X shows the others.</summary>
    Contracts,

    /// <summary>Dalad.X: a module's implementation (Dalad.Platform.Registers is one too: it holds rules).</summary>
    Module,

    /// <summary>An assembly loaded from the plugin folder.</summary>
    Plugin,
}

/// <summary>One compiled assembly of the platform, classified by convention.</summary>
public sealed record Component(Assembly Assembly, ComponentKind Kind)
{
    public string Name => Assembly.GetName().Name!;

    /// <summary>The module it belongs to: Dalad.Cases for both Dalad.Cases and Dalad.Cases.Contracts.</summary>
    public string Module => Kind == ComponentKind.Contracts ? Name[..^".Contracts".Length] : Name;

    /// <summary>The Dalad.* assemblies it was compiled against (the compiler keeps only those it uses).</summary>
    public IReadOnlyList<string> DaladReferences =>
        Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(IsDalad).Order(StringComparer.Ordinal).ToList();

    public static bool IsDalad(string assemblyName) => assemblyName.StartsWith("Dalad.", StringComparison.Ordinal);

    public static ComponentKind KindOf(string assemblyName) =>
        assemblyName == "Dalad.Platform" ? ComponentKind.Platform
        : assemblyName.EndsWith(".Contracts", StringComparison.Ordinal) ? ComponentKind.Contracts
        : ComponentKind.Module;

    public override string ToString() => $"{Name} ({Kind})";
}

/// <summary>
/// The compiled platform as the host runs it: every Dalad.*.dll beside the host (so a new module is covered as soon as
/// the host references it) and every department plugin, loaded from a plugin folder with the host's own plugin loader.
/// </summary>
public static class CompiledPlatform
{
    private static readonly string[] NotComponents = ["Dalad.Host", "Dalad.Testing"];

    public static string PluginFolder => Path.Combine(AppContext.BaseDirectory, "department-plugins");

    public static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static IReadOnlyList<Component> Components { get; } = Discover();

    /// <summary>The deliberately bad module (tests/fixtures/Dalad.BadModule), loaded like a plugin but never by the host.</summary>
    public static Assembly BadFixture { get; } = LoadPlugins(FixtureFolder).Single(a => a.GetName().Name == "Dalad.BadModule");

    private static List<Component> Discover()
    {
        var hostSide = Directory.EnumerateFiles(AppContext.BaseDirectory, "Dalad.*.dll", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !NotComponents.Contains(name) && !name!.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(new AssemblyName(name!)))
            .Select(a => new Component(a, Component.KindOf(a.GetName().Name!)));
        var plugins = LoadPlugins(PluginFolder).Select(a => new Component(a, ComponentKind.Plugin));
        return hostSide.Concat(plugins).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<Assembly> LoadPlugins(string folder)
    {
        if (!Directory.Exists(folder) || Directory.GetDirectories(folder).Length == 0)
            throw new InvalidOperationException($"No plugins in {folder}: the test project's build copies them there.");
        return PluginFolderLoader.Load(folder).Plugins.Select(p => p.Assembly);
    }
}
