using Dalad.Enforcement.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Enforcement.Endpoints;

/// <summary>Orders under /api/app/orders, penalty cases under /api/app/penalty-cases, referrals under /api/app/referrals.</summary>
internal static class OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.MapGroup("/api/app/orders").WithTags("Orders").RequirePermission(OrdersPermissions.Default);
        orders.MapGet("", async (string? caseNumber, OrderService service, CancellationToken ct) => Results.Ok(await service.OrdersAsync(caseNumber, ct)))
            .Produces<IReadOnlyList<OrderDto>>();
        orders.MapPost("", async (OrderInput input, OrderService service, CancellationToken ct) => Results.Ok(await service.IssueAsync(input, ct)))
            .Validate<OrderInput>().RequirePermission(OrdersPermissions.Manage).Produces<OrderDto>();
        orders.MapPost("/{id:guid}/serve", async (Guid id, ServeOrderInput input, OrderService service, CancellationToken ct) => Results.Ok(await service.ServeAsync(id, input, ct)))
            .Validate<ServeOrderInput>().RequirePermission(OrdersPermissions.Manage).Produces<OrderDto>();
        orders.MapPost("/{id:guid}/outcome", async (Guid id, OrderOutcomeInput input, OrderService service, CancellationToken ct) => Results.Ok(await service.RecordOutcomeAsync(id, input, ct)))
            .Validate<OrderOutcomeInput>().RequirePermission(OrdersPermissions.Manage).Produces<OrderDto>();

        var penalties = endpoints.MapGroup("/api/app/penalty-cases").WithTags("Orders").RequirePermission(OrdersPermissions.Default);
        penalties.MapGet("", async (OrderService service, CancellationToken ct) => Results.Ok(await service.PenaltyCasesAsync(ct)))
            .Produces<IReadOnlyList<PenaltyCaseDto>>();
        penalties.MapPost("", async (PenaltyCaseInput input, OrderService service, CancellationToken ct) => Results.Ok(await service.FilePenaltyAsync(input, ct)))
            .Validate<PenaltyCaseInput>().RequirePermission(OrdersPermissions.Manage).Produces<PenaltyCaseDto>();
        penalties.MapPost("/{id:guid}/steps", async (Guid id, PenaltyStepInput input, OrderService service, CancellationToken ct) => Results.Ok(await service.AdvancePenaltyAsync(id, input, ct)))
            .Validate<PenaltyStepInput>().RequirePermission(OrdersPermissions.Manage).Produces<PenaltyCaseDto>();

        var referrals = endpoints.MapGroup("/api/app/referrals").WithTags("Referrals").RequirePermission(ReferralsPermissions.Default);
        referrals.MapGet("", async (string? status, OrderService service, CancellationToken ct) => Results.Ok(await service.ReferralsAsync(status, inbox: false, ct)))
            .Produces<IReadOnlyList<ReferralDto>>();
        referrals.MapGet("/inbox", async (string? status, OrderService service, CancellationToken ct) => Results.Ok(await service.ReferralsAsync(status, inbox: true, ct)))
            .RequirePermission(ReferralsPermissions.Handle).Produces<IReadOnlyList<ReferralDto>>();
        referrals.MapGet("/{id:guid}", async (Guid id, OrderService service, CancellationToken ct) => Results.Ok(await service.ReferralAsync(id, ct)))
            .Produces<ReferralDto>();
        referrals.MapPost("", async (ReferralInput input, OrderService service, CancellationToken ct) =>
            {
                var created = await service.ReferAsync(input, ct);
                return Results.Created($"/api/app/referrals/{created.Id}", created);
            })
            .Validate<ReferralInput>().RequirePermission(ReferralsPermissions.Create).Produces<ReferralDto>(StatusCodes.Status201Created);
        referrals.MapPost("/{id:guid}/status", async (Guid id, ReferralStatusInput input, OrderService service, CancellationToken ct) => Results.Ok(await service.AdvanceReferralAsync(id, input, ct)))
            .Validate<ReferralStatusInput>().RequirePermission(ReferralsPermissions.Handle).Produces<ReferralDto>();
    }
}
