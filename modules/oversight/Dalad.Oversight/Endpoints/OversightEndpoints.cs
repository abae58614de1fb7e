using Dalad.Oversight.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Oversight.Endpoints;

/// <summary>The command view's figures, 督办, 约谈 and referrals under /api/app/oversight.</summary>
internal static class OversightEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/oversight").WithTags("Oversight").RequirePermission(OversightPermissions.Default);
        group.MapGet("/figures", async (DateOnly? from, DateOnly? to, string? bodyCode, string? territoryCode, FigureService figures, CancellationToken ct) =>
                Results.Ok(await figures.GetAsync(from, to, bodyCode, territoryCode, ct, fromRollup: true)))
            .Produces<FiguresDto>();
        group.MapGet("/figures/xlsx", async (DateOnly? from, DateOnly? to, string? bodyCode, string? territoryCode, FigureService figures, CancellationToken ct) =>
            {
                var (content, fileName) = await figures.ExportAsync(from, to, bodyCode, territoryCode, ct);
                return Results.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
            });

        group.MapGet("/supervisions", async (string? bodyCode, string? status, DateOnly? from, DateOnly? to, SupervisionService service, CancellationToken ct) =>
                Results.Ok(await service.ListAsync(bodyCode, status, from, to, ct)))
            .Produces<IReadOnlyList<SupervisionDto>>();
        group.MapPost("/supervisions", async (SupervisionInput input, SupervisionService service, CancellationToken ct) =>
            {
                var created = await service.RaiseAsync(input, ct);
                return Results.Created($"/api/app/oversight/supervisions/{created.Id}", created);
            })
            .Validate<SupervisionInput>().RequirePermission(OversightPermissions.Supervise).Produces<SupervisionDto>(StatusCodes.Status201Created);
        group.MapPost("/supervisions/{id:guid}/answer", async (Guid id, SupervisionAnswerInput input, SupervisionService service, CancellationToken ct) =>
                Results.Ok(await service.AnswerAsync(id, input.Answer!, ct)))
            .Validate<SupervisionAnswerInput>().RequirePermission(OversightPermissions.Answer).Produces<SupervisionDto>();

        group.MapGet("/interviews", async (string? bodyCode, DateOnly? from, DateOnly? to, SupervisionService service, CancellationToken ct) =>
                Results.Ok(await service.InterviewsAsync(bodyCode, from, to, ct)))
            .Produces<IReadOnlyList<InterviewDto>>();
        group.MapPost("/interviews", async (InterviewInput input, SupervisionService service, CancellationToken ct) =>
            {
                var created = await service.RecordInterviewAsync(input, ct);
                return Results.Created($"/api/app/oversight/interviews/{created.Id}", created);
            })
            .Validate<InterviewInput>().RequirePermission(OversightPermissions.Supervise).Produces<InterviewDto>(StatusCodes.Status201Created);
        group.MapPost("/interviews/{id:guid}/follow-up", async (Guid id, FollowUpInput input, SupervisionService service, CancellationToken ct) =>
                Results.Ok(await service.FollowUpAsync(id, input.FollowUp!, ct)))
            .Validate<FollowUpInput>().RequirePermission(OversightPermissions.Supervise).Produces<InterviewDto>();

        group.MapGet("/referrals", async (string? bodyCode, SupervisionService service, CancellationToken ct) => Results.Ok(await service.ReferralsAsync(bodyCode, ct)))
            .Produces<IReadOnlyList<AccountabilityReferralDto>>();
        group.MapPost("/referrals", async (AccountabilityReferralInput input, SupervisionService service, CancellationToken ct) =>
            {
                var created = await service.ReferAsync(input, ct);
                return Results.Created($"/api/app/oversight/referrals/{created.Id}", created);
            })
            .Validate<AccountabilityReferralInput>().RequirePermission(OversightPermissions.Supervise).Produces<AccountabilityReferralDto>(StatusCodes.Status201Created);
        group.MapPost("/referrals/{id:guid}/outcome", async (Guid id, AccountabilityOutcomeInput input, SupervisionService service, CancellationToken ct) =>
                Results.Ok(await service.RecordOutcomeAsync(id, input, ct)))
            .Validate<AccountabilityOutcomeInput>().RequirePermission(OversightPermissions.Supervise).Produces<AccountabilityReferralDto>();
    }
}
