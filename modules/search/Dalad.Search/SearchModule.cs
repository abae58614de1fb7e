using Dalad.Platform.Events;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Responsibility;
using Dalad.Platform.Hosting;
using Dalad.Search.Elasticsearch;
using Dalad.Search.Lucene;
using Dalad.Search.Registers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dalad.Search;

/// <summary>The search engine: the register index that routing asks (Lucene.Net in memory, in every profile: routing
/// must answer in-process in milliseconds), and full-text search (Lucene.Net on disk, or Elasticsearch in the scaled profile).</summary>
public sealed class SearchModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<RegisterMatcher>();
        services.AddSingleton<IRegisterMatcher>(sp => sp.GetRequiredService<RegisterMatcher>());
        services.AddScoped<IIntegrationEventHandler<RegisterChanged>, RegisterIndexInvalidation>();
        if (ElasticsearchOptions.IsSelected(context.Configuration))
        {
            // The scaled profile: one index shared by every instance. A wrong setting stops the start with its reason;
            // an unreachable cluster does not (readiness says so, and the instance serves everything but search).
            services.AddSingleton(ElasticsearchOptions.From(context.Configuration));
            services.AddSingleton(sp => new ElasticsearchFullTextSearch(sp.GetRequiredService<ElasticsearchOptions>(),
                sp.GetRequiredService<ILogger<ElasticsearchFullTextSearch>>(), sp.GetService<TimeProvider>()));
            services.AddSingleton<IFullTextSearch>(sp => sp.GetRequiredService<ElasticsearchFullTextSearch>());
            services.AddHealthChecks().AddCheck<ElasticsearchHealthCheck>("search", tags: [HealthCheckRegistration.ReadyTag]);
        }
        else
        {
            var analysis = FullTextSearch.AnalysisFrom(context.Configuration["Search:Lucene:Analysis"]);
            services.AddSingleton(sp => new FullTextSearch(sp.GetRequiredService<DaladPaths>(), analysis));
            services.AddSingleton<IFullTextSearch>(sp => sp.GetRequiredService<FullTextSearch>());
        }
        services.AddSingleton<IPermissionDefinitionProvider, SearchPermissionDefinitions>();
    }

    public override async Task InitializeAsync(ModuleInitializationContext context) =>
        // Build the register index at start, so the first complaint of the day is routed as fast as the rest.
        await context.Services.GetRequiredService<RegisterMatcher>().GetAsync(context.CancellationToken);
}

internal sealed class SearchPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(SearchPermissions.GroupName, "Permission:Search");
        group.AddPermission(SearchPermissions.Default, "Permission:Search.Default")
            .AddChild(SearchPermissions.Rebuild, "Permission:Search.Rebuild");
    }
}
