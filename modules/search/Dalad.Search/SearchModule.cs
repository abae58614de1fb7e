using Dalad.Platform.Events;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Responsibility;
using Dalad.Search.Lucene;
using Dalad.Search.Registers;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Search;

/// <summary>The search engine (Lucene.Net, CJK bigrams): the register index that routing asks, and full-text search.</summary>
public sealed class SearchModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<RegisterMatcher>();
        services.AddSingleton<IRegisterMatcher>(sp => sp.GetRequiredService<RegisterMatcher>());
        services.AddScoped<IIntegrationEventHandler<RegisterChanged>, RegisterIndexInvalidation>();
        services.AddSingleton<FullTextSearch>();
        services.AddSingleton<IFullTextSearch>(sp => sp.GetRequiredService<FullTextSearch>());
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
