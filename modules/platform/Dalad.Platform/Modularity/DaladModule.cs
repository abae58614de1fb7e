using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dalad.Platform.Modularity;

/// <summary>
/// A module of the platform. Modules declare what they depend on with <see cref="DependsOnAttribute"/>
/// and are configured and started in dependency order.
/// </summary>
public abstract class DaladModule
{
    /// <summary>Registers the module's services, database context, localization and permissions.</summary>
    public virtual void ConfigureServices(ModuleServiceContext context) { }

    /// <summary>Maps the module's HTTP endpoints (under <c>/api/app/...</c> by convention).</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Runs once after the database is migrated, before the host accepts requests.</summary>
    public virtual Task InitializeAsync(ModuleInitializationContext context) => Task.CompletedTask;
}

public sealed class ModuleServiceContext(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DaladModule module, Hosting.DaladPaths paths)
{
    /// <summary>The host's data folder and other paths.</summary>
    public Hosting.DaladPaths Paths { get; } = paths;

    public IServiceCollection Services { get; } = services;
    public IConfiguration Configuration { get; } = configuration;
    public IHostEnvironment Environment { get; } = environment;
    public DaladModule Module { get; } = module;
}

public sealed class ModuleInitializationContext(IServiceProvider services, CancellationToken cancellationToken)
{
    public IServiceProvider Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;
}

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] dependencies) : Attribute
{
    public IReadOnlyList<Type> Dependencies { get; } = dependencies;
}
