using Dalad.Cases.Application;
using Dalad.Cases.Data;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Endpoints;

internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/app/cases").WithTags("Cases").RequirePermission(CasesPermissions.Default);

        cases.MapGet("", async (CaseQueries queries, string? status, string? filter, string? bodyCode, int? skipCount, int? maxResultCount, CancellationToken ct) =>
            Results.Ok(await queries.ListAsync(status, filter, bodyCode, LeadEndpoints.Skip(skipCount), LeadEndpoints.Take(maxResultCount), ct))).Produces<PagedResult<CaseDto>>();

        cases.MapGet("/{id:guid}", async (Guid id, CaseQueries queries, CancellationToken ct) => Results.Ok(await queries.GetDetailAsync(id, ct))).Produces<CaseDetailDto>();

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

        endpoints.MapGet("/api/app/search", async (string? q, string? @in, int? max, IFullTextSearch search, CasesDbContext db, DataScope scope, CancellationToken ct) =>
        {
            var index = string.IsNullOrWhiteSpace(@in) ? SearchIndexNames.Cases : @in.Trim();
            if (index is not (SearchIndexNames.Cases or SearchIndexNames.Leads)) throw new BusinessException("Search:BadIndex");
            if (string.IsNullOrWhiteSpace(q)) throw new BusinessException("Search:QueryRequired");
            var hits = await search.SearchAsync(index, q, scope.SeesAllBodies ? null : scope.BodyCodes, Math.Clamp(max ?? 20, 1, 100), ct);
            var ids = hits.Select(h => Guid.TryParse(h.Id, out var id) ? id : Guid.Empty).ToList();

            // The database has the last word: a stale index entry never shows a record the caller may not see.
            Dictionary<Guid, (string Number, string Status)> visible = index == SearchIndexNames.Cases
                ? await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (c.Number, c.Status), ct)
                : await db.Leads.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => (x.TicketNumber, x.Status), ct);
            var items = hits.Zip(ids).Where(h => visible.ContainsKey(h.Second))
                .Select(h => new SearchHitDto(h.Second, visible[h.Second].Number, h.First.Title, h.First.Snippet, visible[h.Second].Status, h.First.Score)).ToList();
            return Results.Ok(new PagedResult<SearchHitDto>(items.Count, items));
        }).WithTags("Search").RequirePermission(SearchPermissions.Default).Produces<PagedResult<SearchHitDto>>();
    }
}
