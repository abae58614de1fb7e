using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dalad.Platform.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a module's context for either provider:
/// <c>dotnet ef migrations add Name --output-dir Migrations/PostgreSql -- --provider PostgreSql</c>
/// (see scripts/add-migration.sh).
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var providerIndex = Array.IndexOf(args, "--provider");
        var provider = providerIndex >= 0 && providerIndex + 1 < args.Length
            ? Enum.Parse<DatabaseProvider>(args[providerIndex + 1], ignoreCase: true)
            : DatabaseProvider.Sqlite;
        var options = new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=design-time.db" : "Host=localhost;Database=design_time",
        };
        var builder = new DbContextOptionsBuilder<TContext>();
        DatabaseSetup.Configure(builder, options, schema);
        return Create(builder.Options, DataScope.System());
    }

    protected abstract TContext Create(DbContextOptions<TContext> options, DataScope scope);
}
