using System.Security.Claims;
using Dalad.Platform.Configuration;
using Dalad.Platform.Data;
using Dalad.Platform.Events;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Platform.Registers;

/// <summary>
/// The departments: their definitions (stored, seeded from the plugins, edited at run time), the shared register table,
/// the register API, the workspaces they give bodies, their menu in the application configuration, and the register
/// source routing and search read.
/// </summary>
public sealed class RegistersModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        context.AddModuleDbContext<RegistersDbContext>(RegistersDbContext.SchemaName);
        services.AddSingleton<DepartmentCatalog>();
        services.AddScoped<DepartmentDefinitionService>();
        services.AddScoped<RegisterAppService>();
        services.AddScoped<FluentValidation.IValidator<DepartmentDefinition>, DepartmentDefinitionValidator>();
        services.AddScoped<IIntegrationEventHandler<DepartmentDefinitionsChanged>, DepartmentCatalogReload>();
        services.AddSingleton<IWorkspaceContributor, DepartmentWorkspaces>();
        services.AddScoped<IRegisterSource, RegisterSource>();
        services.AddScoped<IApplicationConfigurationContributor, DepartmentsConfigurationContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, DepartmentDefinitionPermissions>();
        services.AddSingleton<Dalad.Projects.IDepartmentProjectContributions, DepartmentProjectContributions>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        RegisterEndpoints.Map(endpoints);
        DepartmentDefinitionEndpoints.Map(endpoints);
    }

    public override async Task InitializeAsync(ModuleInitializationContext context)
    {
        var db = context.Services.GetRequiredService<RegistersDbContext>();
        await LegacyRegisterTables.MoveAsync(db, context.CancellationToken);
        await context.Services.GetRequiredService<DepartmentDefinitionService>()
            .SeedAsync(context.Services.GetRequiredService<DepartmentCatalog>().Seeds, context.CancellationToken);
    }
}

/// <summary>
/// Base of a department plugin: it ships its definition as the embedded resource <c>department.json</c> (and its texts
/// as <c>Localization/Dalad/*.json</c>); the platform does the rest. A plugin overrides nothing unless it adds behaviour.
/// </summary>
[DependsOn(typeof(RegistersModule))]
public abstract class DepartmentPluginModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.Services.AddSingleton(DepartmentDefinitionSeed.FromAssembly(GetType().Assembly));
}

/// <summary>Who may create and change department definitions: the matrix's keepers (the joint office, administrators).</summary>
public static class DepartmentDefinitionPermissionNames
{
    public const string Manage = ResponsibilityPermissions.Manage;
}

/// <summary>No permissions of its own in code: each definition's are defined by <see cref="DepartmentCatalog"/>.</summary>
internal sealed class DepartmentDefinitionPermissions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) { }
}

/// <summary>A body's workspace is the first active department that serves it.</summary>
internal sealed class DepartmentWorkspaces(DepartmentCatalog catalog) : IWorkspaceContributor
{
    public string? KeyFor(BodyDto body) => catalog.All.FirstOrDefault(d => d.Serves(body))?.Key;
}

/// <summary>Every department's active entries for search and routing, whoever asks (read in the system data scope).</summary>
internal sealed class RegisterSource(DepartmentCatalog catalog, RegistersDbContext db, DataScope scope) : IRegisterSource
{
    public string Source => RegistersDbContext.SchemaName;

    public async Task<IReadOnlyList<RegisterEntryDto>> GetEntriesAsync(CancellationToken cancellationToken = default)
    {
        using var system = scope.BeginSystemScope();
        var active = catalog.All.Select(d => d.Key).ToList();
        var entries = await db.Entries.AsNoTracking().Where(e => e.IsActive && active.Contains(e.Department)).OrderBy(e => e.Name).ToListAsync(cancellationToken);
        return entries.Select(e => new RegisterEntryDto(e.Id, e.Department, e.Kind, e.Name, e.AliasList, e.TerritoryCode, e.IndustryBodyCode)).ToList();
    }
}

/// <summary>
/// <c>extraProperties.departments</c> of the application configuration: each active department the user may read, with
/// its menu entries (and the policy each requires), its workspace cards, and its register kinds and fields. The texts
/// come with the localization (resource Dalad), so the UI names nothing itself.
/// </summary>
internal sealed class DepartmentsConfigurationContributor(DepartmentCatalog catalog, IPermissionChecker permissions) : IApplicationConfigurationContributor
{
    public async Task ContributeAsync(ClaimsPrincipal user, IDictionary<string, object?> extraProperties, CancellationToken cancellationToken)
    {
        var granted = user.Identity?.IsAuthenticated == true ? await permissions.GetGrantedAsync(user) : new HashSet<string>();
        extraProperties["departments"] = catalog.All.Where(d => granted.Contains(d.ReadPermission)).Select(d => new DepartmentDescription(
            d.Key, DepartmentDefinition.TitleKey(d.Key), d.Descriptions.Count > 0 ? DepartmentDefinition.DescriptionKey(d.Key) : null,
            d.ReadPermission, d.ManagePermission,
            d.EffectiveMenu.Select(m => new DepartmentMenuEntry($"Menu:Departments:{d.Key}:{m.Key}", m.Path, m.Icon, m.RequiredPolicy ?? d.ReadPermission)).ToList(),
            d.EffectiveCards.Select(c => new DepartmentCard(c.Type, c.Kind)).ToList(),
            d.Kinds.Select(k => new DepartmentKind(k.Key, d.KindTextKey(k.Key),
                k.Fields.Select(f => new DepartmentField(f.Key, d.FieldTextKey(k.Key, f.Key), f.Type, f.Required)).ToList())).ToList(),
            d.TerritoryKinds)).ToList();
    }
}

/// <summary>What the generic department area draws (text keys are in resource Dalad).</summary>
public sealed record DepartmentDescription(string Key, string TitleKey, string? DescriptionKey, string Policy, string ManagePolicy,
    IReadOnlyList<DepartmentMenuEntry> Menu, IReadOnlyList<DepartmentCard> Cards, IReadOnlyList<DepartmentKind> Kinds, IReadOnlyList<string>? TerritoryKinds);

public sealed record DepartmentMenuEntry(string NameKey, string Path, string Icon, string RequiredPolicy);

public sealed record DepartmentCard(string Type, string? Kind);

public sealed record DepartmentKind(string Key, string NameKey, IReadOnlyList<DepartmentField> Fields);

public sealed record DepartmentField(string Key, string NameKey, string Type, bool Required);

/// <summary>The definitions API for the joint office and administrators (the matrix's manage permission).</summary>
public static class DepartmentDefinitionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/department-definitions").WithTags("DepartmentDefinitions").RequirePermission(DepartmentDefinitionPermissionNames.Manage);
        group.MapGet("", (DepartmentDefinitionService service, CancellationToken ct) => service.GetListAsync(ct));
        group.MapGet("/{key}", (string key, DepartmentDefinitionService service, CancellationToken ct) => service.GetAsync(key, ct));
        group.MapGet("/{key}/history", (string key, DepartmentDefinitionService service, CancellationToken ct) => service.GetHistoryAsync(key, ct));
        group.MapPost("", async (DepartmentDefinitionInput input, DepartmentDefinitionService service, CancellationToken ct) =>
        {
            var created = await service.CreateAsync(input, ct);
            return Results.Created($"/api/app/department-definitions/{created.Definition.Key}", created);
        }).AddEndpointFilter(ValidateDefinition).Produces<DepartmentDefinitionView>(StatusCodes.Status201Created);
        group.MapPut("/{key}", (string key, DepartmentDefinitionInput input, DepartmentDefinitionService service, CancellationToken ct) =>
            service.UpdateAsync(key, input, ct)).AddEndpointFilter(ValidateDefinition);
    }

    private static async ValueTask<object?> ValidateDefinition(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var l = services.GetRequiredService<IStringLocalizer>();
        if (context.Arguments.OfType<DepartmentDefinitionInput>().FirstOrDefault() is not { Definition: { } definition } input)
            return Results.Problem(statusCode: 400, title: l["Error:BadRequest"], detail: l["Error:EmptyBody"]);
        if (input.Basis is { Length: > 500 })
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["basis"] = [l["Departments:Definition:BasisTooLong", 500]] }, title: l["Error:Validation"]);
        var result = await services.GetRequiredService<FluentValidation.IValidator<DepartmentDefinition>>().ValidateAsync(definition, context.HttpContext.RequestAborted);
        if (result.IsValid) return await next(context);
        var errors = result.Errors.GroupBy(e => "definition." + (e.PropertyName.Length == 0 ? "" : char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..]))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
        return Results.ValidationProblem(errors, title: l["Error:Validation"], detail: string.Join("；", result.Errors.Select(e => e.ErrorMessage)));
    }
}
