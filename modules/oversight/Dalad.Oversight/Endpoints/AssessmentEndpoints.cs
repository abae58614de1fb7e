using Dalad.Oversight.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Oversight.Endpoints;

/// <summary>The annual assessment under /api/app/oversight/assessments: rules, computations, praise and rectifications.</summary>
internal static class AssessmentEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/oversight/assessments").WithTags("Assessments").RequirePermission(OversightPermissions.Default);
        group.MapGet("", async (AssessmentService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct)))
            .Produces<IReadOnlyList<AssessmentSummaryDto>>();
        group.MapPost("", async (AssessmentInput input, AssessmentService service, CancellationToken ct) =>
            {
                var created = await service.ComputeAsync(input.Year!.Value, ct);
                return Results.Created($"/api/app/oversight/assessments/{created.Id}", created);
            })
            .Validate<AssessmentInput>().RequirePermission(OversightPermissions.Assess).Produces<AssessmentDto>(StatusCodes.Status201Created);
        group.MapGet("/{id:guid}", async (Guid id, AssessmentService service, CancellationToken ct) => Results.Ok(await service.GetAsync(id, ct)))
            .Produces<AssessmentDto>();
        group.MapGet("/{id:guid}/xlsx", async (Guid id, AssessmentService service, CancellationToken ct) =>
        {
            var (content, fileName) = await service.ExportAsync(id, ct);
            return Results.File(content, Xlsx, fileName);
        });

        group.MapGet("/rules", async (AssessmentService service, CancellationToken ct) => Results.Ok(await service.GetRulesAsync(ct)))
            .Produces<AssessmentRulesDto>();
        group.MapGet("/rules/history", async (AssessmentService service, CancellationToken ct) => Results.Ok(await service.RulesHistoryAsync(ct)))
            .Produces<IReadOnlyList<AssessmentRulesDto>>();
        group.MapPut("/rules", async (AssessmentRulesInput input, AssessmentService service, CancellationToken ct) => Results.Ok(await service.SaveRulesAsync(input, ct)))
            .Validate<AssessmentRulesInput>().RequirePermission(OversightPermissions.Assess).Produces<AssessmentRulesDto>();

        group.MapGet("/actions", async (string? status, AssessmentService service, CancellationToken ct) => Results.Ok(await service.ActionsAsync(status, ct)))
            .Produces<IReadOnlyList<AssessmentActionDto>>();
        group.MapPost("/{id:guid}/actions", async (Guid id, AssessmentActionInput input, AssessmentService service, CancellationToken ct) =>
            {
                var created = await service.AddActionAsync(id, input, ct);
                return Results.Created($"/api/app/oversight/assessments/actions/{created.Id}", created);
            })
            .Validate<AssessmentActionInput>().RequirePermission(OversightPermissions.Assess).Produces<AssessmentActionDto>(StatusCodes.Status201Created);
        group.MapPost("/actions/{id:guid}/done", async (Guid id, AssessmentActionDoneInput input, AssessmentService service, CancellationToken ct) =>
                Results.Ok(await service.CompleteActionAsync(id, input.Note!, ct)))
            .Validate<AssessmentActionDoneInput>().RequirePermission(OversightPermissions.Assess).Produces<AssessmentActionDto>();
    }
}
