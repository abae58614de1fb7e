using Dalad.Platform.Events;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Dalad.Search.Lucene;
using Dalad.Search.Routing;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Search;

/// <summary>The search engine (Lucene.Net, CJK bigrams): routing over the responsibility matrix, gazetteer and registers, and full-text search.</summary>
public sealed class SearchModule : DaladModule
{
    public const int MaxTextLength = 4000;

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<RoutingModelProvider>();
        services.AddScoped<IRoutingService, RoutingService>();
        services.AddScoped<IIntegrationEventHandler<ResponsibilityMatrixChanged>, RoutingIndexInvalidation>();
        services.AddScoped<IIntegrationEventHandler<RegisterChanged>, RoutingIndexInvalidation>();
        services.AddSingleton<FullTextSearch>();
        services.AddSingleton<IFullTextSearch>(sp => sp.GetRequiredService<FullTextSearch>());
        services.AddSingleton<IPermissionDefinitionProvider, SearchPermissionDefinitions>();
    }

    public override async Task InitializeAsync(ModuleInitializationContext context) =>
        // Build the routing index at start, so the first complaint of the day is routed as fast as the rest.
        await context.Services.GetRequiredService<RoutingModelProvider>().GetAsync(context.CancellationToken);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var routing = endpoints.MapGroup("/api/app/routing").WithTags("Routing");
        routing.MapPost("/preview", async (RoutingRequest request, IRoutingService router, CancellationToken ct) =>
            Results.Ok(await router.ProposeAsync(request, ct))).Validate<RoutingRequest>().RequireAuthorization().Produces<RoutingProposal>();
        routing.MapPost("/rebuild", (RoutingModelProvider models) =>
        {
            models.MarkStale();
            return Results.Accepted();
        }).RequirePermission(SearchPermissions.Rebuild);
    }
}

internal sealed class RoutingRequestValidator : AbstractValidator<RoutingRequest>
{
    public RoutingRequestValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Text).NotEmpty().MaximumLength(SearchModule.MaxTextLength).WithName(_ => l["Routing:Text"]);
        RuleFor(r => r.Address).MaximumLength(500).WithName(_ => l["Routing:Address"]);
    }
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
