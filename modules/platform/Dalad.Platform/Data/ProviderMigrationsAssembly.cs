using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Dalad.Platform.Data;

/// <summary>
/// A module keeps one set of migrations per provider, in <c>Migrations/Sqlite</c> and <c>Migrations/PostgreSql</c>.
/// This shows EF only the set of the provider in use, so one DbContext type serves both.
/// </summary>
#pragma warning disable EF1001 // MigrationsAssembly is internal API, but the documented way to filter migrations.
public sealed class ProviderMigrationsAssembly : MigrationsAssembly
{
    private readonly string _namespaceMarker;
    private readonly Type _contextType;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotResolved;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options, IMigrationsIdGenerator idGenerator, IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
        : base(currentContext, options, idGenerator, logger)
    {
        _namespaceMarker = ".Migrations." + MigrationsFolder(currentContext.Context.Database.ProviderName);
        _contextType = currentContext.Context.GetType();
    }

    public static string MigrationsFolder(string? providerName) =>
        providerName?.Contains("Npgsql", StringComparison.Ordinal) == true ? "PostgreSql" : "Sqlite";

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations
            .Where(m => BelongsHere(m.Value))
            .ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (_snapshotResolved) return _snapshot;
            _snapshot = Assembly.DefinedTypes.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition)
                .Where(t => t.IsSubclassOf(typeof(ModelSnapshot)) && BelongsHere(t) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType)
                .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
                .FirstOrDefault();
            _snapshotResolved = true;
            return _snapshot;
        }
    }

    private bool BelongsHere(Type type) => type.Namespace?.EndsWith(_namespaceMarker, StringComparison.Ordinal) == true;
}
#pragma warning restore EF1001
