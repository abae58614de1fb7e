using Dalad.Enforcement.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Enforcement.Endpoints;

/// <summary>Backlog cases (陈欠积案) under /api/app/backlog-cases: flagged and routed by HRSS or the joint office, run by the receiving body.</summary>
internal static class BacklogEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/backlog-cases").WithTags("Backlog").RequirePermission(BacklogPermissions.Default);
        group.MapGet("/channels", (BacklogService service) => Results.Ok(service.Channels())).Produces<IReadOnlyList<BacklogChannelDto>>();
        group.MapGet("", async (string? status, BacklogService service, CancellationToken ct) => Results.Ok(await service.FlaggedAsync(status, ct)))
            .RequirePermission(BacklogPermissions.Flag).Produces<IReadOnlyList<BacklogCaseDto>>();
        group.MapGet("/inbox", async (string? status, BacklogService service, CancellationToken ct) => Results.Ok(await service.InboxAsync(status, ct)))
            .RequirePermission(BacklogPermissions.Handle).Produces<IReadOnlyList<BacklogCaseDto>>();
        group.MapGet("/{id:guid}", async (Guid id, BacklogService service, CancellationToken ct) => Results.Ok(await service.GetAsync(id, ct)))
            .Produces<BacklogCaseDto>();
        group.MapPost("", async (BacklogFlagInput input, BacklogService service, CancellationToken ct) =>
            {
                var created = await service.FlagAsync(input, ct);
                return Results.Created($"/api/app/backlog-cases/{created.Id}", created);
            })
            .Validate<BacklogFlagInput>().RequirePermission(BacklogPermissions.Flag).Produces<BacklogCaseDto>(StatusCodes.Status201Created);
        group.MapPost("/{id:guid}/route", async (Guid id, BacklogRouteInput input, BacklogService service, CancellationToken ct) => Results.Ok(await service.RouteAsync(id, input, ct)))
            .Validate<BacklogRouteInput>().RequirePermission(BacklogPermissions.Flag).Produces<BacklogCaseDto>();
        group.MapPost("/{id:guid}/steps", async (Guid id, BacklogStepInput input, BacklogService service, CancellationToken ct) => Results.Ok(await service.StepAsync(id, input, ct)))
            .Validate<BacklogStepInput>().RequirePermission(BacklogPermissions.Handle).Produces<BacklogCaseDto>();
    }
}
