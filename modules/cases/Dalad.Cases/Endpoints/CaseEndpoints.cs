using Dalad.Cases.Application;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Cases.Endpoints;

internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/app/cases").WithTags("Cases").RequirePermission(CasesPermissions.Default);
        // Case answers name complainants (masked numbers) and the show below carries full ones: no browser or proxy keeps them.
        cases.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });

        // A page number (skipCount) or, for the next page at any depth, the previous page's nextCursor.
        cases.MapGet("", async (CaseQueries queries, string? status, string? filter, string? bodyCode, int? skipCount, int? maxResultCount, string? cursor, CancellationToken ct) =>
            Results.Ok(await queries.ListAsync(status, filter, bodyCode, LeadEndpoints.Skip(skipCount), LeadEndpoints.Take(maxResultCount), cursor, ct))).Produces<CasePage>();

        cases.MapGet("/{id:guid}", async (Guid id, CaseQueries queries, CancellationToken ct) => Results.Ok(await queries.GetDetailAsync(id, ct))).Produces<CaseDetailDto>();

        // The explicit "show" of one case's complainant numbers, for holders of Dalad.PersonalData, with a reason, in the audit log.
        cases.MapGet("/{id:guid}/personal-data", async (Guid id, string? reason, CaseQueries queries, PersonalDataDisclosure disclosure, CancellationToken ct) =>
            Results.Ok(await queries.DisclosePersonalDataAsync(id, reason, disclosure, ct)))
            .RequirePermission(Dalad.Identity.IdentityPermissions.Users.ViewPersonalData).Produces<CasePersonalDataDto>();

        cases.MapPost("/{id:guid}/transfer", async (Guid id, TransferCaseRequest request, CaseDispatch dispatch, CaseQueries queries, DataScope scope, CancellationToken ct) =>
        {
            await dispatch.TransferAsync(id, request, ct);
            // A body that handed its role on sees the result once, in this answer; afterwards the case reads as not found to it.
            using var justTransferred = scope.BeginSystemScope();
            return Results.Ok(await queries.GetDetailAsync(id, ct));
        }).Validate<TransferCaseRequest>().Produces<CaseDetailDto>();

        cases.MapGet("/transfers", async (CaseQueries queries, int? minCount, CancellationToken ct) =>
            Results.Ok(await queries.RepeatedTransfersAsync(Math.Max(minCount ?? 2, 1), ct))).Produces<IReadOnlyList<RepeatedTransferDto>>();

        endpoints.MapGet("/api/app/routing/corrections", async (CaseQueries queries, string? role, int? skipCount, int? maxResultCount, CancellationToken ct) =>
            Results.Ok(await queries.CorrectionsAsync(role, LeadEndpoints.Skip(skipCount), LeadEndpoints.Take(maxResultCount), ct)))
            .WithTags("Routing").RequirePermission(CasesPermissions.Default).Produces<PagedResult<RoutingCorrectionDto>>();

        endpoints.MapGet("/api/app/search", async ([AsParameters] SearchQuery query, CaseSearch search, CancellationToken ct) =>
            Results.Ok(await search.SearchAsync(query, ct)))
            .WithTags("Search").RequirePermission(SearchPermissions.Default).Produces<SearchResultDto>();
        endpoints.MapGet("/api/app/search/xlsx", async ([AsParameters] SearchQuery query, CaseSearch search, CancellationToken ct) =>
            {
                var (content, fileName) = await search.ExportAsync(query, ct);
                return Results.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
            })
            .WithTags("Search").RequirePermission(SearchPermissions.Default);
    }
}
