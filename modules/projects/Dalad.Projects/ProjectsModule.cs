using Dalad.Platform.Data;
using Dalad.Platform.Jobs;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Projects.Application;
using Dalad.Projects.Data;
using Dalad.Projects.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Projects;

/// <summary>
/// Wage supervision of construction projects: the project and its parties, the wage special account (30 days), the
/// wage deposit (20 days), contractor advances, the monthly 双驻双查 inspections, and the early warnings over them,
/// which land with the project's industry and territorial owners and can become cases.
/// </summary>
public sealed class ProjectsModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<ProjectsDbContext>(ProjectsDbContext.SchemaName);
        var services = context.Services;
        services.AddSingleton<IPermissionDefinitionProvider, ProjectsPermissionDefinitions>();
        services.AddSingleton<ProjectTypes>();
        services.AddScoped<ProjectOwners>();
        services.AddScoped<ProjectReads>();
        services.AddScoped<IProjectFigures, ProjectFigures>();
        services.AddScoped<IWageAccountRegister, WageAccountRegister>();
        services.AddScoped<ProjectService>();
        services.AddScoped<Dalad.Responsibility.IRegisterSource, ProjectRegisterSource>();
        services.AddScoped<WarningEvaluator>();
        services.AddScoped<WarningService>();
        services.AddScoped<AttendanceService>();
        services.AddRecurringJob<WarningJob>();
    }

    public override async Task InitializeAsync(ModuleInitializationContext context) =>
        await WarningRuleSeeder.SeedAsync(context.Services.GetRequiredService<ProjectsDbContext>(), context.CancellationToken);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => ProjectEndpoints.Map(endpoints);
}

internal sealed class ProjectsPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        context.AddGroup(ProjectsPermissions.GroupName, "Permission:Projects")
            .AddPermission(ProjectsPermissions.Default, "Permission:Projects.Default")
            .AddChild(ProjectsPermissions.Manage, "Permission:Projects.Manage");
        var warnings = context.AddGroup(WarningsPermissions.GroupName, "Permission:Warnings")
            .AddPermission(WarningsPermissions.Default, "Permission:Warnings.Default");
        warnings.AddChild(WarningsPermissions.Handle, "Permission:Warnings.Handle");
        warnings.AddChild(WarningsPermissions.ManageRules, "Permission:Warnings.ManageRules");
    }
}
