using Dalad.Enforcement.Application;
using Dalad.Enforcement.Data;
using Dalad.Enforcement.Endpoints;
using Dalad.Platform.Data;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Enforcement;

/// <summary>
/// Enforcement and credit (issue 17): the dishonest-employer list computed from arrears cases, proposed by HRSS and
/// decided by 发改, with its restrictions and the credit check for the trading centre and the housing department.
/// </summary>
public sealed class EnforcementModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<EnforcementDbContext>(EnforcementDbContext.SchemaName);
        var services = context.Services;
        services.AddSingleton<IPermissionDefinitionProvider, EnforcementPermissionDefinitions>();
        services.AddScoped<CreditService>();
        CreditEndpoints.AddCheckRateLimit(services, context.Configuration);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => CreditEndpoints.Map(endpoints);
}

internal sealed class EnforcementPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(CreditPermissions.GroupName, "Permission:Credit");
        var credit = group.AddPermission(CreditPermissions.Default, "Permission:Credit.Default");
        credit.AddChild(CreditPermissions.Propose, "Permission:Credit.Propose");
        credit.AddChild(CreditPermissions.Decide, "Permission:Credit.Decide");
        // The check alone, for bodies that must not see the proposals (the trading centre, banks).
        group.AddPermission(CreditPermissions.Check, "Permission:Credit.Check");
    }
}
