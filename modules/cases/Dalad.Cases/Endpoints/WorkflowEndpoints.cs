using System.Net;
using System.Threading.RateLimiting;
using Dalad.Cases.Application;
using Dalad.Cases.Data;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Endpoints;

/// <summary>The actions of a case (each answers with the case as it is now), its SMS log, the board, false closures and the public status lookup.</summary>
internal static class WorkflowEndpoints
{
    public const string PublicLookupPolicy = "public-case-lookup";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/app/cases").WithTags("Case workflow").RequirePermission(CasesPermissions.Default);
        // Every action answers with the case as it is now.
        var actions = cases.MapGroup("").WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(CaseDetailDto), ["application/json"]));

        actions.MapPost("/{id:guid}/sign", (Guid id, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.SignAsync(id, ct), ct));

        actions.MapPost("/{id:guid}/accept", (Guid id, DecideCaseRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.DecideAsync(id, accept: true, request.Opinion, ct), ct)).Validate<DecideCaseRequest>();

        actions.MapPost("/{id:guid}/reject", (Guid id, DecideCaseRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Opinion)) throw new BusinessException("Cases:OpinionRequired");
            return Act(id, queries, () => workflow.DecideAsync(id, accept: false, request.Opinion, ct), ct);
        }).Validate<DecideCaseRequest>();

        actions.MapPost("/{id:guid}/parts", (Guid id, RecordPartRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.RecordPartAsync(id, request.Text!, ct), ct)).Validate<RecordPartRequest>();

        actions.MapPost("/{id:guid}/resolve", (Guid id, ResolveCaseRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.ResolveAsync(id, request, ct), ct)).Validate<ResolveCaseRequest>();

        actions.MapPost("/{id:guid}/extension", (Guid id, ExtensionRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.RequestExtensionAsync(id, request.Reason!, ct), ct)).Validate<ExtensionRequest>();

        actions.MapPost("/{id:guid}/extension/approve", (Guid id, ExtensionDecisionRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.DecideExtensionAsync(id, approve: true, request.Remarks, ct), ct))
            .Validate<ExtensionDecisionRequest>().RequirePermission(CasesPermissions.ApproveExtension);

        actions.MapPost("/{id:guid}/extension/reject", (Guid id, ExtensionDecisionRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.DecideExtensionAsync(id, approve: false, request.Remarks, ct), ct))
            .Validate<ExtensionDecisionRequest>().RequirePermission(CasesPermissions.ApproveExtension);

        actions.MapPost("/{id:guid}/visit", (Guid id, VisitCaseRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.VisitAsync(id, request.Satisfied!.Value, request.Remarks, ct), ct))
            .Validate<VisitCaseRequest>().RequirePermission(CasesPermissions.Visit);

        actions.MapPost("/{id:guid}/close", (Guid id, CloseCaseRequest request, CaseWorkflow workflow, CaseQueries queries, CancellationToken ct) =>
            Act(id, queries, () => workflow.CloseAsync(id, request.Remarks, ct), ct)).Validate<CloseCaseRequest>();

        cases.MapGet("/{id:guid}/sms", async (Guid id, CaseQueries queries, CancellationToken ct) => Results.Ok(await queries.SmsAsync(id, ct)))
            .Produces<IReadOnlyList<SmsLogDto>>();
        // ?list=overdue|due-soon&cursor=…: the next page of one of the board's lists (a page of each without them).
        cases.MapGet("/board", async (CaseQueries queries, string? list, string? cursor, int? maxResultCount, CancellationToken ct) =>
            Results.Ok(await queries.BoardAsync(list, cursor, ListTake(maxResultCount), ct))).Produces<CaseBoardDto>();
        // The to-do card's badges (?bodyCode= narrows to one of the caller's bodies' cases and the reminders addressed to it).
        cases.MapGet("/counts", async (CaseQueries queries, string? bodyCode, CancellationToken ct) => Results.Ok(await queries.CountsAsync(bodyCode, ct)))
            .Produces<CaseCountsDto>();
        // ?open=true: only reminders whose step is still running with the reminded due time (the to-do, not the history);
        // a page at a time (?cursor= the page's nextCursor).
        cases.MapGet("/reminders", async (CaseQueries queries, bool? open, string? cursor, int? maxResultCount, CancellationToken ct) =>
            Results.Ok(await queries.RemindersAsync(open ?? false, cursor, ListTake(maxResultCount), ct))).Produces<SupervisionReminderPage>();
        cases.MapGet("/false-closures", async (CaseQueries queries, CancellationToken ct) => Results.Ok(await queries.FalseClosuresAsync(ct))).Produces<FalseClosuresDto>();

        endpoints.MapGet("/api/public/cases/{caseNumber}", LookupAsync)
            .WithTags("Public").AllowAnonymous().RequireRateLimiting(PublicLookupPolicy).Produces<PublicCaseStatusDto>();
    }

    /// <summary>A page of the board or the reminders: 50 rows unless asked, never more than 200.</summary>
    private static int ListTake(int? maxResultCount) => Math.Clamp(maxResultCount ?? CaseQueries.ListPageSize, 1, 200);

    private static async Task<IResult> Act(Guid id, CaseQueries queries, Func<Task> action, CancellationToken ct)
    {
        await action();
        return Results.Ok(await queries.GetDetailAsync(id, ct));
    }

    /// <summary>
    /// Status and due dates of a case, for its complainant: only with the case's lookup code (printed in every SMS) and
    /// the phone of one of its leads. A wrong number, code or phone get the same 404, so the lookup cannot be used to
    /// find which case numbers exist.
    /// </summary>
    private static async Task<IResult> LookupAsync(string caseNumber, string? phone, string? code, CaseQueries queries, IStringLocalizer l, CancellationToken ct)
    {
        var found = await queries.PublicStatusAsync(caseNumber, phone, code, ct);
        return found is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: l["PublicLookup:NotFoundTitle"].Value, detail: l["PublicLookup:NotFound"].Value)
            : Results.Ok(found);
    }

    /// <summary>Per client IP, PublicLookup:PermitLimit (10) requests per PublicLookup:Window (1 minute); then a localized 429.</summary>
    public static void AddPublicLookupRateLimit(IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("PublicLookup:PermitLimit", 10);
        var window = configuration.GetValue("PublicLookup:Window", TimeSpan.FromMinutes(1));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicLookupPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString(),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            options.OnRejected = async (rejected, ct) =>
            {
                var l = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: l["PublicLookup:TooManyTitle"].Value, detail: l["PublicLookup:TooMany"].Value)
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
    }
}
