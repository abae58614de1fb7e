using Dalad.Oversight.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Oversight.Endpoints;

/// <summary>双随机一公开 under /api/app/oversight/draws, and the public page's GET /api/public/draws (no inspector's name).</summary>
internal static class DrawEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/oversight/draws").WithTags("Draws").RequirePermission(OversightPermissions.Default);
        group.MapGet("", async (DrawService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct)))
            .Produces<IReadOnlyList<DrawSummaryDto>>();
        group.MapPost("", async (DrawInput input, DrawService service, CancellationToken ct) =>
            {
                var created = await service.DrawAsync(input, ct);
                return Results.Created($"/api/app/oversight/draws/{created.Id}", created);
            })
            .Validate<DrawInput>().RequirePermission(OversightPermissions.Draw).Produces<DrawDto>(StatusCodes.Status201Created);
        group.MapGet("/{id:guid}", async (Guid id, DrawService service, CancellationToken ct) => Results.Ok(await service.GetAsync(id, withNames: true, ct)))
            .RequirePermission(OversightPermissions.Draw).Produces<DrawDto>();
        group.MapPost("/{id:guid}/inspections", async (Guid id, DrawInspectionInput input, DrawService service, CancellationToken ct) =>
                Results.Ok(await service.RecordInspectionAsync(id, input, ct)))
            .Validate<DrawInspectionInput>().RequirePermission(OversightPermissions.Draw).Produces<DrawDto>();

        group.MapGet("/employers", async (DrawService service, CancellationToken ct) => Results.Ok(await service.EmployersAsync(ct)))
            .Produces<IReadOnlyList<DrawEmployerDto>>();
        group.MapPost("/employers", async (DrawEmployerInput input, DrawService service, CancellationToken ct) => Results.Ok(await service.SaveEmployerAsync(input, ct)))
            .Validate<DrawEmployerInput>().RequirePermission(OversightPermissions.Draw).Produces<DrawEmployerDto>();
        group.MapGet("/inspectors", async (DrawService service, CancellationToken ct) => Results.Ok(await service.InspectorsAsync(ct)))
            .RequirePermission(OversightPermissions.Draw).Produces<IReadOnlyList<DrawInspectorDto>>();
        group.MapPost("/inspectors", async (DrawInspectorInput input, DrawService service, CancellationToken ct) =>
            {
                var created = await service.AddInspectorAsync(input, ct);
                return Results.Created($"/api/app/oversight/draws/inspectors/{created.Id}", created);
            })
            .Validate<DrawInspectorInput>().RequirePermission(OversightPermissions.Draw).Produces<DrawInspectorDto>(StatusCodes.Status201Created);
        group.MapPut("/inspectors/{id:guid}", async (Guid id, DrawInspectorInput input, DrawService service, CancellationToken ct) =>
                Results.Ok(await service.UpdateInspectorAsync(id, input, ct)))
            .Validate<DrawInspectorInput>().RequirePermission(OversightPermissions.Draw).Produces<DrawInspectorDto>();

        // The public page (公开): the draws with their seed, frame, pool by number and body, and the results.
        endpoints.MapGet("/api/public/draws", async (DrawService service, CancellationToken ct) => Results.Ok(await service.PublicAsync(ct)))
            .WithTags("Public").AllowAnonymous().Produces<IReadOnlyList<DrawDto>>();
    }
}
