using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Dalad.Projects.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Projects.Endpoints;

/// <summary>Projects under /api/app/projects, warnings under /api/app/warnings, the project types and the warning rules.</summary>
internal static class ProjectEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var projects = endpoints.MapGroup("/api/app/projects").WithTags("Projects").RequirePermission(ProjectsPermissions.Default);
        projects.MapGet("", async (string? bodyCode, string? search, ProjectReads reads, CancellationToken ct) => Results.Ok(await reads.ListAsync(bodyCode, search, ct)))
            .Produces<IReadOnlyList<ProjectListItemDto>>();
        projects.MapGet("/{id:guid}", async (Guid id, ProjectReads reads, CancellationToken ct) => Results.Ok(await reads.DetailAsync(id, ct)))
            .Produces<ProjectDetailDto>();
        projects.MapPost("", async (ProjectInput input, ProjectService service, CancellationToken ct) =>
            {
                var created = await service.CreateAsync(input, ct);
                return Results.Created($"/api/app/projects/{created.Id}", created);
            })
            .Validate<ProjectInput>().RequirePermission(ProjectsPermissions.Manage).Produces<ProjectDetailDto>(StatusCodes.Status201Created);
        projects.MapPut("/{id:guid}", async (Guid id, ProjectInput input, ProjectService service, CancellationToken ct) => Results.Ok(await service.UpdateAsync(id, input, ct)))
            .Validate<ProjectInput>().RequirePermission(ProjectsPermissions.Manage).Produces<ProjectDetailDto>();
        projects.MapPost("/{id:guid}/advances", async (Guid id, ContractorAdvanceInput input, ProjectService service, CancellationToken ct) => Results.Ok(await service.AddAdvanceAsync(id, input, ct)))
            .Validate<ContractorAdvanceInput>().RequirePermission(ProjectsPermissions.Manage).Produces<ProjectDetailDto>();
        projects.MapPost("/{id:guid}/inspections", async (Guid id, InspectionInput input, ProjectService service, CancellationToken ct) => Results.Ok(await service.AddInspectionAsync(id, input, ct)))
            .Validate<InspectionInput>().RequirePermission(ProjectsPermissions.Manage).Produces<ProjectDetailDto>();

        endpoints.MapGet("/api/app/project-types", (ProjectTypes types) => Results.Ok(types.All))
            .WithTags("Projects").RequirePermission(ProjectsPermissions.Default).Produces<IReadOnlyList<ProjectTypeDto>>();

        var warnings = endpoints.MapGroup("/api/app/warnings").WithTags("Warnings").RequirePermission(WarningsPermissions.Default);
        warnings.MapGet("", async (string? bodyCode, string? status, Guid? projectId, ProjectReads reads, CancellationToken ct) =>
                Results.Ok(await reads.WarningsAsync(bodyCode, status, projectId, ct)))
            .Produces<IReadOnlyList<WarningDto>>();
        warnings.MapGet("/{id:guid}", async (Guid id, ProjectReads reads, CancellationToken ct) => Results.Ok(await reads.WarningAsync(id, ct)))
            .Produces<WarningDto>();
        warnings.MapPost("/{id:guid}/handle", async (Guid id, WarningNoteRequest request, WarningService service, CancellationToken ct) => Results.Ok(await service.HandleAsync(id, request.Note!, ct)))
            .Validate<WarningNoteRequest>().RequirePermission(WarningsPermissions.Handle).Produces<WarningDto>();
        warnings.MapPost("/{id:guid}/close", async (Guid id, WarningNoteRequest request, WarningService service, CancellationToken ct) => Results.Ok(await service.CloseAsync(id, request.Note!, ct)))
            .Validate<WarningNoteRequest>().RequirePermission(WarningsPermissions.Handle).Produces<WarningDto>();
        warnings.MapPost("/{id:guid}/to-case", async (Guid id, WarningService service, CancellationToken ct) => Results.Ok(await service.ToCaseAsync(id, ct)))
            .RequirePermission(WarningsPermissions.Handle).Produces<WarningCaseDto>();

        var rules = endpoints.MapGroup("/api/app/warning-rules").WithTags("Warnings").RequirePermission(WarningsPermissions.Default);
        rules.MapGet("", async (ProjectReads reads, CancellationToken ct) => Results.Ok(await reads.RulesAsync(ct))).Produces<IReadOnlyList<WarningRuleDto>>();
        rules.MapPut("/{key}", async (string key, WarningRuleInput input, WarningService service, CancellationToken ct) => Results.Ok(await service.UpdateRuleAsync(key, input, ct)))
            .Validate<WarningRuleInput>().RequirePermission(WarningsPermissions.ManageRules).Produces<WarningRuleDto>();
    }
}
