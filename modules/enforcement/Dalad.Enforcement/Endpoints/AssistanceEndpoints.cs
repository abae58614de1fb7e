using Dalad.Enforcement.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Enforcement.Endpoints;

/// <summary>Assistance requests (协查) under /api/app/assistance-requests: sent by HRSS, answered in the receiving body's inbox.</summary>
internal static class AssistanceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/assistance-requests").WithTags("Assistance").RequirePermission(AssistancePermissions.Default);
        group.MapGet("/kinds", (AssistanceService service) => Results.Ok(service.Kinds())).Produces<IReadOnlyList<AssistanceKindDto>>();
        group.MapGet("", async (string? status, AssistanceService service, CancellationToken ct) => Results.Ok(await service.SentAsync(status, ct)))
            .Produces<IReadOnlyList<AssistanceRequestDto>>();
        group.MapGet("/inbox", async (string? status, AssistanceService service, CancellationToken ct) => Results.Ok(await service.InboxAsync(status, ct)))
            .RequirePermission(AssistancePermissions.Answer).Produces<IReadOnlyList<AssistanceRequestDto>>();
        group.MapGet("/{id:guid}", async (Guid id, AssistanceService service, CancellationToken ct) => Results.Ok(await service.GetAsync(id, ct)))
            .Produces<AssistanceRequestDto>();
        group.MapPost("", async (AssistanceRequestInput input, AssistanceService service, CancellationToken ct) =>
            {
                var created = await service.SendAsync(input, ct);
                return Results.Created($"/api/app/assistance-requests/{created.Id}", created);
            })
            .Validate<AssistanceRequestInput>().RequirePermission(AssistancePermissions.Create).Produces<AssistanceRequestDto>(StatusCodes.Status201Created);
        group.MapPost("/{id:guid}/answer", async (Guid id, AssistanceAnswerInput input, AssistanceService service, CancellationToken ct) => Results.Ok(await service.AnswerAsync(id, input, ct)))
            .Validate<AssistanceAnswerInput>().RequirePermission(AssistancePermissions.Answer).Produces<AssistanceRequestDto>();
    }
}
