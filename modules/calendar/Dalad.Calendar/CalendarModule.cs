using Dalad.Calendar.Data;
using Dalad.Platform.Data;
using Dalad.Platform.Events;
using Dalad.Platform.Modularity;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Calendar;

/// <summary>The working-day calendar: holidays and make-up working days, and the deadline arithmetic over them.</summary>
public sealed class CalendarModule : DaladModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<CalendarDbContext>(CalendarDbContext.SchemaName);
        context.Services.AddSingleton<WorkingCalendar>();
        context.Services.AddSingleton<IWorkingCalendar>(sp => sp.GetRequiredService<WorkingCalendar>());
        context.Services.AddScoped<IIntegrationEventHandler<WorkingCalendarChanged>, RefreshCalendarOnChange>();
        context.Services.AddSingleton<IPermissionDefinitionProvider, CalendarPermissionDefinitions>();
    }

    public override async Task InitializeAsync(ModuleInitializationContext context)
    {
        await CalendarSeeder.SeedAsync(context.Services.GetRequiredService<CalendarDbContext>(), context.CancellationToken);
        await context.Services.GetRequiredService<WorkingCalendar>().ReloadAsync(context.CancellationToken);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => CalendarEndpoints.Map(endpoints);
}

internal sealed class CalendarPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(CalendarPermissions.GroupName, "Permission:Calendar");
        group.AddPermission(CalendarPermissions.Default, "Permission:Calendar.View")
            .AddChild(CalendarPermissions.Manage, "Permission:Calendar.Manage");
    }
}
