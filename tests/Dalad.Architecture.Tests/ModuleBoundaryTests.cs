using System.Reflection;
using System.Xml.Linq;
using Dalad.Platform.Modularity;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dalad.Architecture.Tests;

/// <summary>Keeps the modular monolith modular: modules meet only through Contracts and events, and own their tables.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    public static TheoryData<string> ModuleProjects()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "modules"), "*.csproj", SearchOption.AllDirectories).Order())
            data.Add(Path.GetRelativePath(RepositoryRoot, project));
        return data;
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_references_other_modules_only_through_their_contracts(string project)
    {
        var name = Path.GetFileNameWithoutExtension(project);
        var isContracts = name.EndsWith(".Contracts", StringComparison.Ordinal);
        var offenders = ProjectReferences(project)
            // The platform and its building blocks (modules/platform, e.g. Dalad.Platform.Registers) hold no business rules.
            .Where(reference => reference != "Dalad.Platform" && !reference.StartsWith("Dalad.Platform.", StringComparison.Ordinal))
            .Where(reference => !reference.EndsWith(".Contracts", StringComparison.Ordinal))
            // A module's main project may reference its own Contracts only; Contracts reference the platform and other Contracts.
            .Where(reference => isContracts || reference != name + ".Contracts")
            .ToList();
        offenders.ShouldBeEmpty($"{name} reaches into {string.Join(", ", offenders)}: use their .Contracts and integration events.");
    }

    [Fact]
    public void The_host_does_not_reference_department_plugins()
    {
        var references = ProjectReferences(Path.Combine("host", "Dalad.Host", "Dalad.Host.csproj"));
        references.ShouldNotContain(r => r.StartsWith("Dalad.Departments", StringComparison.Ordinal));
        typeof(Dalad.Host.HostModule).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .ShouldNotContain(a => a.StartsWith("Dalad.Departments", StringComparison.Ordinal));
    }

    [Fact]
    public void A_modules_database_context_maps_only_its_own_entities()
    {
        var moduleAssemblies = ModuleCatalog.Build(typeof(Dalad.Host.HostModule)).Assemblies.Append(typeof(DaladModule).Assembly).Distinct().ToList();
        var offenders = new List<string>();
        foreach (var context in moduleAssemblies.SelectMany(a => a.GetTypes()).Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var entityTypes = context.GetProperties()
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
                .Select(p => p.PropertyType.GetGenericArguments()[0]);
            offenders.AddRange(entityTypes.Where(e => IsOurs(e.Assembly) && e.Assembly != context.Assembly).Select(e => $"{context.Name} maps {e.FullName}"));
        }
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Every_module_has_migrations_for_both_providers()
    {
        var moduleAssemblies = ModuleCatalog.Build(typeof(Dalad.Host.HostModule)).Assemblies.Append(typeof(DaladModule).Assembly).Distinct();
        foreach (var context in moduleAssemblies.SelectMany(a => a.GetTypes()).Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var migrations = context.Assembly.GetTypes()
                .Where(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()?.ContextType == context && t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)))
                .Select(t => t.Namespace!).Distinct().ToList();
            migrations.ShouldContain(n => n.EndsWith(".Migrations.Sqlite", StringComparison.Ordinal), $"{context.Name} has no SQLite migrations");
            migrations.ShouldContain(n => n.EndsWith(".Migrations.PostgreSql", StringComparison.Ordinal), $"{context.Name} has no PostgreSQL migrations");
        }
    }

    private static bool IsOurs(Assembly assembly) => assembly.GetName().Name!.StartsWith("Dalad.", StringComparison.Ordinal);

    private static List<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(RepositoryRoot, project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dalad.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Dalad.sln not found above " + AppContext.BaseDirectory);
    }
}
