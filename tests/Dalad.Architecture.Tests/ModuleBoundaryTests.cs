using System.Reflection;
using System.Xml.Linq;
using Dalad.Platform.Modularity;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dalad.Architecture.Tests;

/// <summary>Modules own their tables and migrations; the host is not compiled against its plugins. The dependency rules
/// are in <see cref="ArchitectureRuleTests"/>.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    [Fact]
    public void The_host_does_not_reference_department_plugins()
    {
        var references = ProjectReferences(Path.Combine("host", "Dalad.Host", "Dalad.Host.csproj"));
        references.ShouldNotContain(r => r.StartsWith("Dalad.Departments", StringComparison.Ordinal));
        // Compiled: no plugin assembly lies beside the host, and the host was not compiled against one.
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Dalad.Departments.Housing.dll")).ShouldBeFalse();
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
