using System.Globalization;
using Dalad.Platform.Data;
using Dalad.Platform.Events;
using Dalad.Platform.Localization;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Dalad.Platform.Hosting;

public static class DaladHostingExtensions
{
    /// <summary>
    /// Composes the platform: loads the modules <typeparamref name="THostModule"/> depends on and the plugins of the
    /// plugin folder (<c>Plugins:Path</c>), registers the shared building blocks, and lets every module configure itself.
    /// </summary>
    public static ModuleCatalog AddDaladModules<THostModule>(this WebApplicationBuilder builder, ILogger? logger = null) where THostModule : DaladModule
    {
        logger ??= NullLogger.Instance;
        var configuration = builder.Configuration;
        var dataPath = DataPath(builder);
        PrivateFiles.RestrictNewFiles();
        PrivateFiles.CreateFolder(dataPath);

        var pluginPath = configuration["Plugins:Path"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : Path.Combine(builder.Environment.ContentRootPath, "plugins");
        var (pluginModules, plugins) = PluginFolderLoader.Load(pluginPath, logger);
        var catalog = ModuleCatalog.Build(typeof(THostModule), pluginModules, plugins);

        var services = builder.Services;
        services.AddSingleton(catalog);
        services.AddSingleton(new DaladPaths(dataPath));
        services.Configure<DatabaseOptions>(o =>
        {
            o.Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
            o.ConnectionString = configuration.GetConnectionString("Default") is { Length: > 0 } cs
                ? cs
                : o.Provider == DatabaseProvider.Sqlite
                    ? $"Data Source={Path.Combine(dataPath, "dalad.db")}"
                    : throw new InvalidOperationException("ConnectionStrings:Default is required for PostgreSql.");
        });
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<DataScope>();
        services.AddScoped<AuditInterceptor>();
        services.AddDaladEventBus(redis: !string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]), configuration["Redis:InstanceName"] ?? "dalad:");
        // Two event paths (docs/adr/0003-event-paths.md): the best-effort bus above, the durable outbox here.
        services.AddSingleton<Messaging.OutboxHandlers>();
        services.AddScoped<Messaging.IOutbox, Messaging.Outbox>();
        services.AddScoped<Messaging.OutboxDelivery>();
        services.AddSingleton<Messaging.OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Messaging.OutboxDispatcher>());
        services.AddSingleton<Jobs.RecurringJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<Jobs.RecurringJobRunner>());
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.Schema);

        var localization = new LocalizationRegistry();
        foreach (var assembly in catalog.Assemblies.Prepend(typeof(DaladModule).Assembly).Distinct()) localization.AddEmbeddedJson(assembly);
        services.AddSingleton(localization);
        services.AddSingleton<IStringLocalizer>(sp => new ResourceLocalizer(sp.GetRequiredService<LocalizationRegistry>()));

        services.AddSingleton<PermissionDefinitionManager>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();

        ValidatorOptions.Global.LanguageManager = new DaladLanguageManager();
        services.AddProblemDetails();
        services.AddAntiforgery();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        AddCache(services, configuration);

        foreach (var module in catalog.Modules)
        {
            services.AddValidatorsFromAssembly(module.GetType().Assembly, includeInternalTypes: true);
            module.ConfigureServices(new ModuleServiceContext(services, configuration, builder.Environment, module, new DaladPaths(dataPath)));
        }
        return catalog;
    }

    /// <summary>In-memory distributed cache by default; Redis when <c>Redis:Configuration</c> is set.</summary>
    private static void AddCache(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddDistributedMemoryCache();
            return;
        }
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            // While Redis is away a command fails at once (the cache falls back to the database) instead of waiting
            // in a backlog; reconnect attempts every second, so cache and fan-out are back soon after Redis is.
            options.BacklogPolicy = BacklogPolicy.FailFast;
            options.ReconnectRetryPolicy = new LinearRetry(1000);
            return ConnectionMultiplexer.Connect(options);
        });
        services.AddStackExchangeRedisCache(o => o.InstanceName = configuration["Redis:InstanceName"] ?? "dalad:");
        // One multiplexer for the cache, health checks, locks and pub/sub.
        services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
            .Configure<IConnectionMultiplexer>((o, multiplexer) => o.ConnectionMultiplexerFactory = () => Task.FromResult(multiplexer));
        // Redis is a cache, not a dependency of every request: without it requests read the database (issue 15).
        services.AddSingleton<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache>();
        services.AddSingleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache>(sp => new Caching.ResilientDistributedCache(
            sp.GetRequiredService<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache>(), sp.GetRequiredService<ILogger<Caching.ResilientDistributedCache>>()));
    }

    private static string DataPath(WebApplicationBuilder builder) =>
        Path.GetFullPath(builder.Configuration["Dalad:DataPath"] is { Length: > 0 } path ? path : "data", builder.Environment.ContentRootPath);

    /// <summary>Migrates every module's database, runs module initialization (seeding) and installs the request pipeline pieces.</summary>
    public static async Task InitializeDaladModulesAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        using (var scope = app.Services.CreateScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            foreach (var registration in scope.ServiceProvider.GetServices<ModuleDbContextRegistration>())
            {
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
                await context.Database.MigrateAsync(cancellationToken);
            }
        }

        foreach (var module in catalog.Modules)
        {
            using var scope = app.Services.CreateScope();
            using var system = scope.ServiceProvider.GetRequiredService<DataScope>().BeginSystemScope();
            await module.InitializeAsync(new ModuleInitializationContext(scope.ServiceProvider, cancellationToken));
        }
    }

    /// <summary>Request culture: zh-Hans unless the user chose English (the culture cookie or <c>?culture=en</c>).</summary>
    public static IApplicationBuilder UseDaladLocalization(this IApplicationBuilder app)
    {
        var cultures = new[] { new CultureInfo("zh-Hans"), new CultureInfo("en") };
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-Hans"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // Chinese first: a browser's own Accept-Language does not switch the UI to English; the user's choice does
        // (the culture cookie ABP's UI sets when the language is switched, or ?culture=en for API clients).
        options.RequestCultureProviders = options.RequestCultureProviders.Where(p => p is not AcceptLanguageHeaderRequestCultureProvider).ToList();
        return app.UseRequestLocalization(options);
    }

    /// <summary>After authentication: loads the signed-in user's bodies into the request's <see cref="DataScope"/>.</summary>
    public static IApplicationBuilder UseDaladDataScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.RequestServices.GetRequiredService<ICurrentUser>();
        if (user.Id is { } id)
        {
            var membership = await context.RequestServices.GetRequiredService<IUserBodyMembership>().GetAsync(id, context.RequestAborted);
            context.RequestServices.GetRequiredService<DataScope>().SetUser(membership);
        }
        await next(context);
    });

    public static void MapDaladModules(this IEndpointRouteBuilder endpoints)
    {
        foreach (var module in endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules)
            module.MapEndpoints(endpoints);
    }
}
