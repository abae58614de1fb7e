using Dalad.Enforcement.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Enforcement.Endpoints;

/// <summary>Mass incidents under /api/app/incidents.</summary>
internal static class IncidentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var incidents = endpoints.MapGroup("/api/app/incidents").WithTags("Incidents").RequirePermission(IncidentsPermissions.Default);
        incidents.MapGet("", async (string? status, IncidentService service, CancellationToken ct) => Results.Ok(await service.ListAsync(status, ct)))
            .Produces<IReadOnlyList<IncidentDto>>();
        incidents.MapGet("/{id:guid}", async (Guid id, IncidentService service, CancellationToken ct) => Results.Ok(await service.GetAsync(id, ct)))
            .Produces<IncidentDto>();
        incidents.MapPost("", async (IncidentReportInput input, IncidentService service, CancellationToken ct) =>
            {
                var created = await service.ReportAsync(input, ct);
                return Results.Created($"/api/app/incidents/{created.Id}", created);
            })
            .Validate<IncidentReportInput>().RequirePermission(IncidentsPermissions.Manage).Produces<IncidentDto>(StatusCodes.Status201Created);
        incidents.MapPost("/{id:guid}/presences", async (Guid id, PresenceInput input, IncidentService service, CancellationToken ct) => Results.Ok(await service.RecordPresenceAsync(id, input, ct)))
            .Validate<PresenceInput>().RequirePermission(IncidentsPermissions.Manage).Produces<IncidentDto>();
        incidents.MapPost("/{id:guid}/settle", async (Guid id, SettleIncidentInput input, IncidentService service, CancellationToken ct) => Results.Ok(await service.SettleAsync(id, input, ct)))
            .Validate<SettleIncidentInput>().RequirePermission(IncidentsPermissions.Manage).Produces<IncidentDto>();
        incidents.MapPost("/{id:guid}/opinion", async (Guid id, OpinionGradeInput input, IncidentService service, CancellationToken ct) => Results.Ok(await service.GradeAsync(id, input, ct)))
            .Validate<OpinionGradeInput>().RequirePermission(IncidentsPermissions.Opinion).Produces<IncidentDto>();
        incidents.MapPost("/{id:guid}/posts", async (Guid id, OpinionPostInput input, IncidentService service, CancellationToken ct) => Results.Ok(await service.LinkPostAsync(id, input, ct)))
            .Validate<OpinionPostInput>().RequirePermission(IncidentsPermissions.Opinion).Produces<IncidentDto>();
    }
}

/// <summary>Illegal wage demands under /api/app/illegal-demands, joint enforcement under /api/app/joint-actions.</summary>
internal static class PoliceMatterEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var demands = endpoints.MapGroup("/api/app/illegal-demands").WithTags("Incidents").RequirePermission(IncidentsPermissions.Default);
        demands.MapGet("", async (string? caseNumber, PoliceMatterService service, CancellationToken ct) => Results.Ok(await service.IllegalDemandsAsync(caseNumber, ct)))
            .Produces<IReadOnlyList<IllegalDemandDto>>();
        demands.MapPost("", async (IllegalDemandInput input, PoliceMatterService service, CancellationToken ct) =>
            {
                var created = await service.ReportIllegalDemandAsync(input, ct);
                return Results.Created($"/api/app/illegal-demands/{created.Id}", created);
            })
            .Validate<IllegalDemandInput>().RequirePermission(IncidentsPermissions.Police).Produces<IllegalDemandDto>(StatusCodes.Status201Created);
        demands.MapPost("/{id:guid}/handle", async (Guid id, IllegalDemandHandleInput input, PoliceMatterService service, CancellationToken ct) =>
                Results.Ok(await service.HandleIllegalDemandAsync(id, input, ct)))
            .Validate<IllegalDemandHandleInput>().RequirePermission(IncidentsPermissions.Police).Produces<IllegalDemandDto>();

        var joint = endpoints.MapGroup("/api/app/joint-actions").WithTags("Incidents").RequirePermission(IncidentsPermissions.Default);
        joint.MapGet("", async (string? caseNumber, PoliceMatterService service, CancellationToken ct) => Results.Ok(await service.JointActionsAsync(caseNumber, ct)))
            .Produces<IReadOnlyList<JointActionDto>>();
        joint.MapPost("", async (JointActionInput input, PoliceMatterService service, CancellationToken ct) =>
            {
                var created = await service.RecordJointActionAsync(input, ct);
                return Results.Created($"/api/app/joint-actions/{created.Id}", created);
            })
            .Validate<JointActionInput>().RequirePermission(IncidentsPermissions.Police).Produces<JointActionDto>(StatusCodes.Status201Created);
    }
}
