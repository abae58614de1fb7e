using Dalad.Enforcement.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dalad.Enforcement.Endpoints;

/// <summary>The dishonest-employer list under /api/app/credit, and the rate-limited credit check.</summary>
internal static class CreditEndpoints
{
    public const string CheckPolicy = "credit-check";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var credit = endpoints.MapGroup("/api/app/credit").WithTags("Credit");
        credit.MapGet("/check", async (string? creditCode, CreditService service, CancellationToken ct) => Results.Ok(await service.CheckAsync(creditCode ?? "", ct)))
            .RequirePermission(CreditPermissions.Check).RequireRateLimiting(CheckPolicy).Produces<CreditCheckDto>();

        credit.MapGet("/checks", async (string? creditCode, CreditService service, CancellationToken ct) => Results.Ok(await service.ChecksAsync(creditCode, ct)))
            .RequirePermission(CreditPermissions.Default).Produces<IReadOnlyList<CreditCheckLogDto>>();

        credit.MapGet("/findings", async (CreditService service, CancellationToken ct) => Results.Ok(await service.FindingsAsync(ct)))
            .RequirePermission(CreditPermissions.Default).Produces<IReadOnlyList<ArrearsFindingDto>>();
        credit.MapPost("/findings", async (ArrearsFindingInput input, CreditService service, CancellationToken ct) => Results.Ok(await service.RecordFindingAsync(input, ct)))
            .Validate<ArrearsFindingInput>().RequirePermission(CreditPermissions.Propose).Produces<ArrearsFindingDto>();
        credit.MapGet("/candidates", async (CreditService service, CancellationToken ct) => Results.Ok(await service.CandidatesAsync(ct)))
            .RequirePermission(CreditPermissions.Default).Produces<IReadOnlyList<CandidateDto>>();

        credit.MapGet("/listings", async (string? status, CreditService service, CancellationToken ct) => Results.Ok(await service.ListingsAsync(status, ct)))
            .RequirePermission(CreditPermissions.Default).Produces<IReadOnlyList<ListingDto>>();
        credit.MapGet("/listings/{id:guid}", async (Guid id, CreditService service, CancellationToken ct) => Results.Ok(await service.ListingAsync(id, ct)))
            .RequirePermission(CreditPermissions.Default).Produces<ListingDto>();
        credit.MapPost("/listings", async (ProposeListingInput input, CreditService service, CancellationToken ct) =>
            {
                var created = await service.ProposeAsync(input, ct);
                return Results.Created($"/api/app/credit/listings/{created.Id}", created);
            })
            .Validate<ProposeListingInput>().RequirePermission(CreditPermissions.Propose).Produces<ListingDto>(StatusCodes.Status201Created);
        credit.MapPost("/listings/{id:guid}/decide", async (Guid id, DecideListingInput input, CreditService service, CancellationToken ct) => Results.Ok(await service.DecideAsync(id, input, ct)))
            .Validate<DecideListingInput>().RequirePermission(CreditPermissions.Decide).Produces<ListingDto>();
        credit.MapPost("/listings/{id:guid}/remove", async (Guid id, RemoveListingInput input, CreditService service, CancellationToken ct) => Results.Ok(await service.RemoveAsync(id, input, ct)))
            .Validate<RemoveListingInput>().RequirePermission(CreditPermissions.Decide).Produces<ListingDto>();
    }

    /// <summary>Credit:CheckPermitLimit checks per Credit:CheckWindow per user (<see cref="PerUserRateLimit"/>).</summary>
    public static void AddCheckRateLimit(IServiceCollection services, IConfiguration configuration) =>
        PerUserRateLimit.AddCheckPolicy(services, configuration, CheckPolicy, "Credit");
}
