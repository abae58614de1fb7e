using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
    }
}

/// <summary>The model differs per provider (schemas vs prefixes), so the provider is part of the cache key.</summary>
public sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
}
