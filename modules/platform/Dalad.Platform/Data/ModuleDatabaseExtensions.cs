using Dalad.Platform.Modularity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dalad.Platform.Data;

/// <summary>A module's DbContext, migrated at start in module order.</summary>
public sealed record ModuleDbContextRegistration(Type ContextType, string Schema);

public static class ModuleDatabaseExtensions
{
    /// <summary>Registers a module's own DbContext on the configured provider, with auditing.</summary>
    public static void AddModuleDbContext<TContext>(this ModuleServiceContext context, string schema) where TContext : DbContext
        => context.Services.AddModuleDbContext<TContext>(schema);

    public static void AddModuleDbContext<TContext>(this IServiceCollection services, string schema) where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            DatabaseSetup.Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, schema);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        });
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext), schema));
    }
}
