using Dalad.Enforcement.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Enforcement.Endpoints;

/// <summary>The quarterly disclosure (/api/app/disclosures for HRSS, /api/public/disclosures anonymous) and the revolving fund (/api/app/revolving-fund).</summary>
internal static class DisclosureFundEndpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var disclosures = endpoints.MapGroup("/api/app/disclosures").WithTags("Disclosures").RequirePermission(DisclosurePermissions.Default);
        disclosures.MapGet("", async (DisclosureService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct)))
            .Produces<IReadOnlyList<DisclosureDto>>();
        disclosures.MapPost("", async (CompileDisclosureInput input, DisclosureService service, CancellationToken ct) => Results.Ok(await service.CompileAsync(input, ct)))
            .Validate<CompileDisclosureInput>().RequirePermission(DisclosurePermissions.Compile).Produces<DisclosureDto>();
        disclosures.MapPost("/{id:guid}/approve", async (Guid id, DisclosureService service, CancellationToken ct) => Results.Ok(await service.ApproveAsync(id, ct)))
            .RequirePermission(DisclosurePermissions.Approve).Produces<DisclosureDto>();

        // No login: only what a published quarter holds.
        var open = endpoints.MapGroup("/api/public/disclosures").WithTags("Public").AllowAnonymous();
        open.MapGet("", async (int? year, int? quarter, DisclosureService service, CancellationToken ct) => Results.Ok(await service.PublishedAsync(year, quarter, ct)))
            .Produces<PublicDisclosureDto>();
        open.MapGet("/export", async (int? year, int? quarter, DisclosureService service, CancellationToken ct) =>
                Results.File(await service.ExportAsync(year, quarter, ct), XlsxContentType, $"disclosure-{year}-Q{quarter}.xlsx"))
            .Produces(StatusCodes.Status200OK, contentType: XlsxContentType);

        var fund = endpoints.MapGroup("/api/app/revolving-fund").WithTags("RevolvingFund").RequirePermission(RevolvingFundPermissions.Default);
        fund.MapGet("", async (RevolvingFundService service, CancellationToken ct) => Results.Ok(await service.FundAsync(ct)))
            .Produces<RevolvingFundDto>();
        fund.MapPost("/capital", async (FundCapitalInput input, RevolvingFundService service, CancellationToken ct) => Results.Ok(await service.AddCapitalAsync(input, ct)))
            .Validate<FundCapitalInput>().RequirePermission(RevolvingFundPermissions.Manage).Produces<RevolvingFundDto>();
        fund.MapGet("/advances", async (string? status, RevolvingFundService service, CancellationToken ct) => Results.Ok(await service.AdvancesAsync(status, ct)))
            .Produces<IReadOnlyList<AdvanceDto>>();
        fund.MapPost("/advances", async (AdvanceInput input, RevolvingFundService service, CancellationToken ct) => Results.Ok(await service.RequestAsync(input, ct)))
            .Validate<AdvanceInput>().RequirePermission(RevolvingFundPermissions.Request).Produces<AdvanceDto>();
        fund.MapPost("/advances/{id:guid}/decide", async (Guid id, AdvanceDecisionInput input, RevolvingFundService service, CancellationToken ct) => Results.Ok(await service.DecideAsync(id, input, ct)))
            .Validate<AdvanceDecisionInput>().RequirePermission(RevolvingFundPermissions.Manage).Produces<AdvanceDto>();
        fund.MapPost("/advances/{id:guid}/pay", async (Guid id, AdvancePaymentInput input, RevolvingFundService service, CancellationToken ct) => Results.Ok(await service.PayAsync(id, input, ct)))
            .Validate<AdvancePaymentInput>().RequirePermission(RevolvingFundPermissions.Manage).Produces<AdvanceDto>();
        fund.MapPost("/advances/{id:guid}/recoveries", async (Guid id, AdvanceRecoveryInput input, RevolvingFundService service, CancellationToken ct) => Results.Ok(await service.RecoverAsync(id, input, ct)))
            .Validate<AdvanceRecoveryInput>().RequirePermission(RevolvingFundPermissions.Manage).Produces<AdvanceDto>();
    }
}
