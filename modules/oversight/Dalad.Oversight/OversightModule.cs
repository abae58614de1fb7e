using Dalad.Oversight.Application;
using Dalad.Oversight.Data;
using Dalad.Oversight.Endpoints;
using Dalad.Platform.Data;
using Dalad.Platform.Jobs;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Oversight;

/// <summary>
/// The joint office's oversight (issue 18): the command view's figures per body and township (read from the cases
/// and projects modules' contracts), manual 督办 with a deadline and the body's answer (lateness in working days),
/// 约谈 records and referrals to 纪委监委 for accountability.
/// </summary>
public sealed class OversightModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<OversightDbContext>(OversightDbContext.SchemaName);
        var services = context.Services;
        services.AddSingleton<IPermissionDefinitionProvider, OversightPermissionDefinitions>();
        services.AddScoped<FigureService>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<MonthlyReportService>();
        services.AddRecurringJob<MonthlyReportJob>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<DrawService>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        OversightEndpoints.Map(endpoints);
        MonthlyReportEndpoints.Map(endpoints);
        AssessmentEndpoints.Map(endpoints);
        DrawEndpoints.Map(endpoints);
    }
}

internal sealed class OversightPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(OversightPermissions.GroupName, "Permission:Oversight")
            .AddPermission(OversightPermissions.Default, "Permission:Oversight.Default");
        group.AddChild(OversightPermissions.Supervise, "Permission:Oversight.Supervise");
        group.AddChild(OversightPermissions.Answer, "Permission:Oversight.Answer");
        group.AddChild(OversightPermissions.MonthlyReports, "Permission:Oversight.MonthlyReports");
        group.AddChild(OversightPermissions.Assess, "Permission:Oversight.Assess");
        group.AddChild(OversightPermissions.Draw, "Permission:Oversight.Draw");
    }
}
