using Dalad.Cases.Application;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Cases.Endpoints;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Data;
using Dalad.Cases.Sms;
using Dalad.Platform.Events;
using Dalad.Platform.Hosting;
using Dalad.Platform.Jobs;
using Dalad.Platform.Messaging;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Dalad.Responsibility;
using Dalad.Search;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dalad.Cases;

/// <summary>Intake (leads, batch import), routing confirmation and 双交办 cases, transfers, inboxes and full-text search over them.</summary>
public sealed class CasesModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<CasesDbContext>(CasesDbContext.SchemaName);
        var services = context.Services;
        services.AddSingleton<IPermissionDefinitionProvider, CasesPermissionDefinitions>();
        services.AddScoped<PersonalDataView>();
        services.AddScoped<LeadIntake>();
        services.AddScoped<CaseDispatch>();
        services.AddScoped<Routing.IRoutingDecisionHistory, RoutingDecisionHistory>();
        services.AddScoped<IProactiveCases, ProactiveCases>();
        services.AddScoped<ICaseFigures, CaseFigures>();
        services.AddScoped<FigureRollupBuilder>();
        services.AddRecurringJob<FigureRollupJob>();
        services.AddScoped<ICaseFigureLists, CaseFigureLists>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<LeadQueries>();
        services.AddScoped<LeadStatistics>();
        services.AddScoped<CaseSearch>();
        services.AddScoped<PersonalDataDisclosure>();
        services.AddScoped<LeadImportRequests>();
        services.AddScoped<CaseSearchIndex>();
        services.AddScoped<IIntegrationEventHandler<LeadRegistered>>(sp => sp.GetRequiredService<CaseSearchIndex>());
        services.AddScoped<IIntegrationEventHandler<CaseOpened>>(sp => sp.GetRequiredService<CaseSearchIndex>());
        services.AddScoped<IIntegrationEventHandler<CaseTransferred>>(sp => sp.GetRequiredService<CaseSearchIndex>());
        // A status change reaches the search documents' values through the outbox, saved with the change.
        services.AddOutboxHandler<CaseSearchStale, CaseSearchIndex>(CaseSearchIndex.Name);
        services.AddScoped<IOpenCaseCounter, OpenCaseCounter>();
        services.AddScoped<LeadImporter>();
        services.AddSingleton<LeadImportQueue>();
        services.AddHostedService<LeadImportWorker>();
        services.AddSingleton<SearchCatchUpProgress>();
        services.AddHostedService<SearchCatchUpService>();
        services.AddHealthChecks().AddCheck<SearchCatchUpHealthCheck>("search-index", tags: [HealthCheckRegistration.ReadyTag]);
        services.AddRecurringJob<ResumeLeadImportsJob>();

        // The case workflow: deadlines, actions, SMS notices through the outbox, the public status lookup.
        services.AddScoped<CaseClocks>();
        services.AddScoped<CaseWorkflow>();
        services.AddRecurringJob<CaseDeadlineJob>();
        services.AddSingleton<PublicQueryAddress>();
        // The durable path: the notices a case raises are written to the outbox by CaseWorkflow and delivered here.
        services.AddOutboxHandler<CaseSmsNoticeRequested, CaseSmsHandler>(CaseSmsHandler.Name);
        // Backlog facts (陈欠积案) from enforcement: the case's timeline shows them.
        services.AddScoped<ICaseBacklogFacts, CaseBacklogFacts>();
        services.AddOutboxHandler<CaseBacklogNoted, CaseBacklogTimelineHandler>(CaseBacklogTimelineHandler.Name);
        if (string.Equals(context.Configuration["Sms:Gateway"], "http", StringComparison.OrdinalIgnoreCase))
            services.AddHttpClient<ISmsSender, HttpSmsSender>();
        else
            services.AddScoped<ISmsSender, LoggingSmsSender>();
        WorkflowEndpoints.AddPublicLookupRateLimit(services, context.Configuration);
    }

    public override async Task InitializeAsync(ModuleInitializationContext context)
    {
        // The full-text indexes catch up in the background (SearchCatchUpService): the start reads no table whole.
        var db = context.Services.GetRequiredService<CasesDbContext>();

        // Cases opened before lookup codes existed get one now (their next SMS carries it), each from the CSPRNG.
        foreach (var id in await db.Cases.IgnoreQueryFilters().Where(c => c.LookupCode == null).Select(c => c.Id).ToListAsync(context.CancellationToken))
        {
            var code = CaseLookupCode.New();
            await db.Cases.IgnoreQueryFilters().Where(c => c.Id == id && c.LookupCode == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LookupCode, code), context.CancellationToken);
        }

        // Imports cut short by a stop resume where they were.
        var queue = context.Services.GetRequiredService<LeadImportQueue>();
        foreach (var id in await db.Imports.Where(i => i.Status == ImportStatuses.Queued || i.Status == ImportStatuses.Running)
                     .OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(context.CancellationToken))
            queue.Enqueue(id);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        LeadEndpoints.Map(endpoints);
        CaseEndpoints.Map(endpoints);
        WorkflowEndpoints.Map(endpoints);
    }
}

internal sealed class CasesPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var cases = context.AddGroup(CasesPermissions.GroupName, "Permission:Cases")
            .AddPermission(CasesPermissions.Default, "Permission:Cases.Default");
        cases.AddChild(CasesPermissions.ApproveExtension, "Permission:Cases.ApproveExtension");
        cases.AddChild(CasesPermissions.Visit, "Permission:Cases.Visit");
        var leads = context.AddGroup(LeadsPermissions.GroupName, "Permission:Leads").AddPermission(LeadsPermissions.Default, "Permission:Leads.Default");
        leads.AddChild(LeadsPermissions.Create, "Permission:Leads.Create");
        leads.AddChild(LeadsPermissions.Dispatch, "Permission:Leads.Dispatch");
        leads.AddChild(LeadsPermissions.Import, "Permission:Leads.Import");
        leads.AddChild(LeadsPermissions.Statistics, "Permission:Leads.Statistics");
    }
}
