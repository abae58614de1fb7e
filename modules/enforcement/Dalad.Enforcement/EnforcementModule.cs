using Dalad.Cases;
using Dalad.Enforcement.Application;
using Dalad.Enforcement.Data;
using Dalad.Enforcement.Endpoints;
using Dalad.Platform.Data;
using Dalad.Platform.Jobs;
using Dalad.Platform.Messaging;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Enforcement;

/// <summary>
/// Enforcement and credit (issue 17): the dishonest-employer list computed from arrears cases, proposed by HRSS and
/// decided by 发改, with its restrictions and the credit check for the trading centre and the housing department; orders
/// (责令改正/责令支付), penalty cases and referrals of ignored orders to pay to the police, who act in their inbox.
/// </summary>
public sealed class EnforcementModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<EnforcementDbContext>(EnforcementDbContext.SchemaName);
        var services = context.Services;
        services.AddSingleton<IPermissionDefinitionProvider, EnforcementPermissionDefinitions>();
        services.AddScoped<CreditService>();
        services.AddScoped<OrderService>();
        services.AddScoped<ICaseResolveGuard, CaseCloseGuard>();
        services.AddScoped<DisclosureService>();
        services.AddScoped<RevolvingFundService>();
        services.AddScoped<PenaltyDocumentService>();
        services.AddOutboxHandler<CaseArrearsEstablished, CaseArrearsFindingHandler>(CaseArrearsFindingHandler.Name);
        CreditEndpoints.AddCheckRateLimit(services, context.Configuration);
        services.AddSingleton<IncidentSettings>();
        services.AddScoped<IncidentService>();
        services.AddScoped<PoliceMatterService>();
        services.AddOutboxHandler<LeadRegistered, LeadIncidentHandler>(LeadIncidentHandler.Name);
        services.AddOutboxHandler<CaseOpened, CaseIncidentHandler>(CaseIncidentHandler.Name);
        services.AddRecurringJob<IncidentEscalationJob>();
        services.AddSingleton<AssistanceKindCatalog>();
        services.AddScoped<AssistanceService>();
        services.AddScoped<ProtectedAccountService>();
        ProtectedAccountEndpoints.AddCheckRateLimit(services, context.Configuration);
        services.AddSingleton<BacklogSettings>();
        services.AddScoped<BacklogService>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CreditEndpoints.Map(endpoints);
        OrderEndpoints.Map(endpoints);
        DisclosureFundEndpoints.Map(endpoints);
        IncidentEndpoints.Map(endpoints);
        PoliceMatterEndpoints.Map(endpoints);
        AssistanceEndpoints.Map(endpoints);
        ProtectedAccountEndpoints.Map(endpoints);
        PenaltyDocumentEndpoints.Map(endpoints);
        BacklogEndpoints.Map(endpoints);
    }
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

        context.AddGroup(OrdersPermissions.GroupName, "Permission:Orders")
            .AddPermission(OrdersPermissions.Default, "Permission:Orders.Default")
            .AddChild(OrdersPermissions.Manage, "Permission:Orders.Manage");
        var referrals = context.AddGroup(ReferralsPermissions.GroupName, "Permission:Referrals")
            .AddPermission(ReferralsPermissions.Default, "Permission:Referrals.Default");
        referrals.AddChild(ReferralsPermissions.Create, "Permission:Referrals.Create");
        referrals.AddChild(ReferralsPermissions.Handle, "Permission:Referrals.Handle");

        var disclosures = context.AddGroup(DisclosurePermissions.GroupName, "Permission:Disclosures")
            .AddPermission(DisclosurePermissions.Default, "Permission:Disclosures.Default");
        disclosures.AddChild(DisclosurePermissions.Compile, "Permission:Disclosures.Compile");
        disclosures.AddChild(DisclosurePermissions.Approve, "Permission:Disclosures.Approve");
        var fund = context.AddGroup(RevolvingFundPermissions.GroupName, "Permission:RevolvingFund")
            .AddPermission(RevolvingFundPermissions.Default, "Permission:RevolvingFund.Default");
        fund.AddChild(RevolvingFundPermissions.Request, "Permission:RevolvingFund.Request");
        fund.AddChild(RevolvingFundPermissions.Manage, "Permission:RevolvingFund.Manage");
        var incidents = context.AddGroup(IncidentsPermissions.GroupName, "Permission:Incidents")
            .AddPermission(IncidentsPermissions.Default, "Permission:Incidents.Default");
        incidents.AddChild(IncidentsPermissions.Manage, "Permission:Incidents.Manage");
        incidents.AddChild(IncidentsPermissions.Opinion, "Permission:Incidents.Opinion");
        incidents.AddChild(IncidentsPermissions.Police, "Permission:Incidents.Police");

        var assistance = context.AddGroup(AssistancePermissions.GroupName, "Permission:Assistance")
            .AddPermission(AssistancePermissions.Default, "Permission:Assistance.Default");
        assistance.AddChild(AssistancePermissions.Create, "Permission:Assistance.Create");
        assistance.AddChild(AssistancePermissions.Answer, "Permission:Assistance.Answer");
        var accounts = context.AddGroup(ProtectedAccountPermissions.GroupName, "Permission:ProtectedAccounts");
        accounts.AddPermission(ProtectedAccountPermissions.Default, "Permission:ProtectedAccounts.Default");
        // The check alone, for the court and the banks: they see no one else's checks.
        accounts.AddPermission(ProtectedAccountPermissions.Check, "Permission:ProtectedAccounts.Check");

        var backlog = context.AddGroup(BacklogPermissions.GroupName, "Permission:Backlog")
            .AddPermission(BacklogPermissions.Default, "Permission:Backlog.Default");
        backlog.AddChild(BacklogPermissions.Flag, "Permission:Backlog.Flag");
        backlog.AddChild(BacklogPermissions.Handle, "Permission:Backlog.Handle");
    }
}
