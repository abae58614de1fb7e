using Dalad.Platform.Data;
using Dalad.Platform.Events;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Responsibility.Application;
using Dalad.Responsibility.Data;
using Dalad.Responsibility.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Responsibility;

/// <summary>Bodies, territories and the responsibility matrix of the Dalad plan, editable and versioned at run time.</summary>
public sealed class ResponsibilityModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<ResponsibilityDbContext>(ResponsibilityDbContext.SchemaName);
        var services = context.Services;
        services.AddScoped<IBodyDirectory, BodyDirectory>();
        services.AddScoped<IResponsibilityMatrix, ResponsibilityMatrix>();
        services.AddSingleton<IIndustryClassification, IndustryClassification>();
        services.AddScoped<MatrixEditor>();
        services.AddSingleton<MatrixRoleCache>();
        services.AddScoped<IMatrixRoles, MatrixRoleService>();
        services.AddScoped<IIntegrationEventHandler<ResponsibilityMatrixChanged>, MatrixRoleInvalidation>();
        services.AddScoped<WorkspaceResolver>();
        services.AddScoped<ResponsibilitySeeder>();
        services.AddSingleton<IPermissionDefinitionProvider, ResponsibilityPermissionDefinitions>();
    }

    public override Task InitializeAsync(ModuleInitializationContext context) =>
        context.Services.GetRequiredService<ResponsibilitySeeder>().SeedAsync(context.CancellationToken);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => ResponsibilityEndpoints.Map(endpoints);
}

internal sealed class ResponsibilityPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(ResponsibilityPermissions.GroupName, "Permission:Responsibility");
        group.AddPermission(ResponsibilityPermissions.Default, "Permission:Responsibility.View")
            .AddChild(ResponsibilityPermissions.Manage, "Permission:Responsibility.Manage");
    }
}

internal sealed class BodyDirectory(ResponsibilityDbContext db) : IBodyDirectory
{
    public async Task<BodyDto?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Bodies.AsNoTracking().Where(b => b.Code == code)
            .Select(b => new BodyDto(b.Code, b.Name, b.Kind, b.Duty, b.IsActive)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<BodyDto>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await db.Bodies.AsNoTracking().OrderBy(b => b.Code)
            .Select(b => new BodyDto(b.Code, b.Name, b.Kind, b.Duty, b.IsActive)).ToListAsync(cancellationToken);
}
