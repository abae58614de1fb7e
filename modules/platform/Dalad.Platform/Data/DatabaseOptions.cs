using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dalad.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary><c>Database:Provider</c> and <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "";
}

/// <summary>Configures a module's DbContext for the chosen provider: its own schema (PostgreSQL) or table prefix
/// (SQLite), its own migrations history, and the migrations of that provider only.</summary>
public static class DatabaseSetup
{
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string schema, DbConnection? connection = null)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                void Sqlite(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder o) => o.MigrationsHistoryTable("__EFMigrationsHistory_" + schema);
                if (connection is null) builder.UseSqlite(options.ConnectionString, Sqlite);
                else builder.UseSqlite(connection, Sqlite);
                break;
            case DatabaseProvider.PostgreSql:
                void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder o) => o.MigrationsHistoryTable("__EFMigrationsHistory", schema);
                if (connection is null) builder.UseNpgsql(options.ConnectionString, Npgsql);
                else builder.UseNpgsql(connection, Npgsql);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }

        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        builder.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
        builder.ReplaceService<IModelSource, EagerRelationalModelSource>();
    }
}

/// <summary>
/// Builds a model's relational mapping before handing the model out. EF Core 10 builds it lazily on first use, and its
/// <c>GetRelationalModel</c> reads the finished mapping and then the factory without a lock: a thread that reads the
/// first before, and the second after, another thread's build throws "The model must be finalized …". Contexts that
/// share a cached model (parallel test hosts, the first concurrent requests of one host) hit it; a fresh-clone CI did.
/// Every context gets its model through here, so once this returns no thread can race on the mapping.
/// </summary>
public sealed class EagerRelationalModelSource(ModelSourceDependencies dependencies) : ModelSource(dependencies)
{
    private static readonly object Gate = new();

    public override IModel GetModel(DbContext context, ModelCreationDependencies modelCreationDependencies, bool designTime)
    {
        var model = base.GetModel(context, modelCreationDependencies, designTime);
        if (model.FindRuntimeAnnotation(RelationalAnnotationNames.RelationalModel) is null)
        {
            lock (Gate) model.GetRelationalModel();
        }
        return model;
    }
}

/// <summary>The model differs per provider (schemas vs prefixes), so the provider is part of the cache key.</summary>
public sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
}
