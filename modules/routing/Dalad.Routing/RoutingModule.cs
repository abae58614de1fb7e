using Dalad.Platform.Events;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Dalad.Search;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Routing;

/// <summary>
/// Decides the two owners of a complaint (双交办): the territory where the work was done and the industry owner, from
/// the responsibility matrix and the registers (both read through their modules' Contracts).
/// </summary>
public sealed class RoutingModule : DaladModule
{
    public const int MaxTextLength = 4000;

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<RoutingModelProvider>();
        services.AddSingleton<LearnedRouting>();
        services.AddScoped<IIntegrationEventHandler<RoutingDecisionRecorded>, LearnFromDecisions>();
        services.AddScoped<IRoutingService, RoutingService>();
        services.AddSingleton<KeywordSuggestionService>();
        services.AddScoped<IIntegrationEventHandler<ResponsibilityMatrixChanged>, RoutingModelInvalidation>();
    }

    public override async Task InitializeAsync(ModuleInitializationContext context)
    {
        // Build the routing model at start, so the first complaint of the day is routed as fast as the rest.
        await context.Services.GetRequiredService<RoutingModelProvider>().GetAsync(context.CancellationToken);
        // What the desks taught the learned layer survives a restart: the dispatches are read back from their keeper.
        using var scope = context.Services.CreateScope();
        if (scope.ServiceProvider.GetService<IRoutingDecisionHistory>() is { } history)
            context.Services.GetRequiredService<LearnedRouting>().Restore(await history.GetRecentAsync(LearnedRouting.MaxDecisions, context.CancellationToken));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var routing = endpoints.MapGroup("/api/app/routing").WithTags("Routing");
        routing.MapPost("/preview", async (RoutingRequest request, IRoutingService router, CancellationToken ct) =>
            Results.Ok(await router.ProposeAsync(request, ct))).Validate<RoutingRequest>().RequireAuthorization().Produces<RoutingProposal>();
        // The words the desk's corrections suggest, for the joint office to approve into the matrix (as a scope item's keyword).
        routing.MapGet("/keyword-suggestions", async (KeywordSuggestionService suggestions, CancellationToken ct) => Results.Ok(await suggestions.GetAsync(ct)))
            .RequirePermission(ResponsibilityPermissions.Manage).Produces<KeywordSuggestionsDto>();
        routing.MapPost("/rebuild", (RoutingModelProvider models, IRegisterMatcher registers) =>
        {
            models.MarkStale();
            registers.MarkStale();
            return Results.Accepted();
        }).RequirePermission(SearchPermissions.Rebuild);
    }
}

internal sealed class RoutingRequestValidator : AbstractValidator<RoutingRequest>
{
    public RoutingRequestValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Text).NotEmpty().MaximumLength(RoutingModule.MaxTextLength).WithName(_ => l["Routing:Text"]);
        RuleFor(r => r.Address).MaximumLength(500).WithName(_ => l["Routing:Address"]);
    }
}
