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
        // Case answers name complainants (masked numbers) and the show below carries full ones: no browser or proxy keeps them.
        cases.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });

        cases.MapGet("", async (CaseQueries queries, string? status, string? filter, string? bodyCode, int? skipCount, int? maxResultCount, CancellationToken ct) =>
            Results.Ok(await queries.ListAsync(status, filter, bodyCode, LeadEndpoints.Skip(skipCount), LeadEndpoints.Take(maxResultCount), ct))).Produces<PagedResult<CaseDto>>();

        cases.MapGet("/{id:guid}", async (Guid id, CaseQueries queries, CancellationToken ct) => Results.Ok(await queries.GetDetailAsync(id, ct))).Produces<CaseDetailDto>();

        // The explicit "show" of one case's complainant numbers, for holders of Dalad.PersonalData, with a reason, in the audit log.
        cases.MapGet("/{id:guid}/personal-data", async (Guid id, string? reason, CaseQueries queries, Dalad.Platform.Data.PlatformDbContext audit,
                ICurrentUser user, Dalad.Platform.Timing.IClock clock, CancellationToken ct) =>
            Results.Ok(await queries.DisclosePersonalDataAsync(id, reason, audit, user, clock, ct)))
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

        endpoints.MapGet("/api/app/search", async (string? q, string? @in, int? max, string? status, string? bodyCode, DateOnly? from, DateOnly? to,
            IFullTextSearch search, CasesDbContext db, DataScope scope, CancellationToken ct) =>
        {
            var index = string.IsNullOrWhiteSpace(@in) ? SearchIndexNames.Cases : @in.Trim();
            if (index is not (SearchIndexNames.Cases or SearchIndexNames.Leads)) throw new BusinessException("Search:BadIndex");
            if (string.IsNullOrWhiteSpace(q)) throw new BusinessException("Search:QueryRequired");
            var take = Math.Clamp(max ?? 20, 1, 100);
            var filtered = !string.IsNullOrWhiteSpace(status) || !string.IsNullOrWhiteSpace(bodyCode) || from is not null || to is not null;
            // With filters, ask the index for more: the filters below narrow its best hits.
            var hits = await search.SearchAsync(index, q, scope.SeesAllBodies ? null : scope.BodyCodes, filtered ? 500 : take, ct);
            var ids = hits.Select(h => Guid.TryParse(h.Id, out var id) ? id : Guid.Empty).ToList();
            // Dates are Beijing days: [from 00:00, to+1 00:00) Beijing = UTC minus 8 hours.
            DateTime? fromUtc = from?.ToDateTime(TimeOnly.MinValue).AddHours(-8);
            DateTime? toUtc = to?.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-8);

            // The database has the last word: a stale index entry never shows a record the caller may not see.
            Dictionary<Guid, SearchRecord> visible;
            if (index == SearchIndexNames.Cases)
            {
                var cases = db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id));
                if (!string.IsNullOrWhiteSpace(status)) cases = cases.Where(c => c.Status == status);
                if (!string.IsNullOrWhiteSpace(bodyCode)) cases = cases.Where(c => c.Assignments.Any(a => a.BodyCode == bodyCode));
                if (fromUtc is { } f) cases = cases.Where(c => c.OpenedAt >= f);
                if (toUtc is { } t) cases = cases.Where(c => c.OpenedAt < t);
                visible = await cases.ToDictionaryAsync(c => c.Id, c => new SearchRecord(c.Number, c.Status, c.Id, c.OpenedAt), ct);
            }
            else
            {
                var leads = db.Leads.AsNoTracking().Where(x => ids.Contains(x.Id));
                if (!string.IsNullOrWhiteSpace(status)) leads = leads.Where(x => x.Status == status);
                if (!string.IsNullOrWhiteSpace(bodyCode))
                    leads = leads.Where(x => x.IntakeBodyCode == bodyCode || db.Assignments.Any(a => a.CaseId == x.CaseId && a.BodyCode == bodyCode));
                if (fromUtc is { } f) leads = leads.Where(x => x.ReceivedAt >= f);
                if (toUtc is { } t) leads = leads.Where(x => x.ReceivedAt < t);
                visible = await leads.ToDictionaryAsync(x => x.Id, x => new SearchRecord(x.TicketNumber, x.Status, x.CaseId, x.ReceivedAt), ct);
            }
            var items = hits.Zip(ids).Where(h => visible.ContainsKey(h.Second)).Take(take)
                .Select(h =>
                {
                    var r = visible[h.Second];
                    return new SearchHitDto(h.Second, r.Number, h.First.Title, h.First.Snippet, r.Status, h.First.Score, r.CaseId, CaseClocks.Beijing(r.At));
                }).ToList();
            return Results.Ok(new PagedResult<SearchHitDto>(items.Count, items));
        }).WithTags("Search").RequirePermission(SearchPermissions.Default).Produces<PagedResult<SearchHitDto>>();
    }
}

/// <summary>What the database says of a search hit: its number, status, case and the day it came in.</summary>
internal sealed record SearchRecord(string Number, string Status, Guid? CaseId, DateTime At);
