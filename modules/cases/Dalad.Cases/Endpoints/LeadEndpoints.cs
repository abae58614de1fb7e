using Dalad.Cases.Application;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Endpoints;

internal static class LeadEndpoints
{
    public const long MaxImportBytes = 10 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var leads = endpoints.MapGroup("/api/app/leads").WithTags("Leads");
        // Answers may carry phone and ID numbers: no browser or proxy keeps them (issue 15, finding 4).
        leads.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });

        leads.MapPost("", async (CreateLeadRequest request, LeadIntake intake, DataScope scope, IMatrixRoles roles, PersonalDataView personal, IStringLocalizer l, CancellationToken ct) =>
        {
            await EnsureDeskAsync(request.Channel!, scope, roles, l, ct);
            var result = await intake.RegisterAsync(request, importId: null, ct);
            var dto = result.Lead.ToDto(await personal.ShowsFullAsync());
            return result.Outcome == IntakeOutcome.Existing ? Results.Ok(dto) : Results.Created($"/api/app/leads/{dto.Id}", dto);
        }).Validate<CreateLeadRequest>().RequirePermission(LeadsPermissions.Create).Produces<LeadDto>().Produces<LeadDto>(StatusCodes.Status201Created);

        leads.MapGet("", async (LeadQueries queries, string? status, string? channel, string? filter, int? skipCount, int? maxResultCount, CancellationToken ct) =>
            Results.Ok(await queries.ListAsync(status, channel, filter, Skip(skipCount), Take(maxResultCount), ct)))
            .RequirePermission(LeadsPermissions.Default).Produces<PagedResult<LeadDto>>();

        // Banner-wide statistics for the 12345 centre and HRSS (from/to: Beijing days, yyyy-MM-dd; default the last 30 days).
        endpoints.MapGet("/api/app/lead-statistics", async (LeadStatistics statistics, string? from, string? to, CancellationToken ct) =>
                Results.Ok(await statistics.GetAsync(from, to, ct)))
            .WithTags("Leads").RequirePermission(LeadsPermissions.Statistics).Produces<LeadStatisticsDto>();

        // The desk's 督办: its leads left undispatched past their due time (?open=true: those still waiting).
        leads.MapGet("/reminders", async (LeadQueries queries, bool? open, CancellationToken ct) => Results.Ok(await queries.RemindersAsync(open ?? false, ct)))
            .RequirePermission(LeadsPermissions.Default).Produces<IReadOnlyList<LeadReminderDto>>();

        leads.MapGet("/{id:guid}", async (Guid id, LeadQueries queries, CancellationToken ct) => Results.Ok(await queries.GetAsync(id, ct)))
            .RequirePermission(LeadsPermissions.Default).Produces<LeadDto>();

        // The explicit "show" of one lead's numbers, for holders of Dalad.PersonalData, with a reason, in the audit log.
        leads.MapGet("/{id:guid}/personal-data", async (Guid id, string? reason, LeadQueries queries, PersonalDataDisclosure disclosure, CancellationToken ct) =>
            Results.Ok(await queries.DisclosePersonalDataAsync(id, reason, disclosure, ct)))
            .RequirePermission(LeadsPermissions.Default).RequirePermission(Dalad.Identity.IdentityPermissions.Users.ViewPersonalData).Produces<LeadPersonalDataDto>();

        leads.MapPost("/{id:guid}/confirm", async (Guid id, ConfirmLeadRequest request, CaseDispatch dispatch, CaseQueries queries, DataScope scope, CancellationToken ct) =>
        {
            var opened = await dispatch.ConfirmAsync(id, request, ct);
            // The dispatcher sees the case they just opened once, in this answer; afterwards it belongs to its two owners.
            using var justOpened = scope.BeginSystemScope();
            return Results.Created($"/api/app/cases/{opened.Id}", await queries.GetDetailAsync(opened.Id, ct));
        }).Validate<ConfirmLeadRequest>().RequirePermission(LeadsPermissions.Dispatch).Produces<CaseDetailDto>(StatusCodes.Status201Created);

        leads.MapPost("/imports", async (IFormFile? file, DataScope scope, IMatrixRoles roles, LeadImportRequests imports, IStringLocalizer l, CancellationToken ct) =>
        {
            await EnsureDeskAsync(LeadChannels.Hotline12345, scope, roles, l, ct);
            if (file is null || file.Length == 0) throw new BusinessException("Import:NoFile");
            if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) throw new BusinessException("Import:NotXlsx");
            if (file.Length > MaxImportBytes) throw new BusinessException("Import:TooLarge", MaxImportBytes / 1024 / 1024);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();

            // Refuse a workbook that cannot be read or lacks a required column now, not in the background.
            IReadOnlyList<string> headers;
            try { headers = WorkOrderWorkbook.CheckAndReadHeaders(content); }
            catch (InvalidDataException) { throw new BusinessException("Import:Unreadable"); }
            var missing = WorkOrderWorkbook.Required.Where(h => !headers.Contains(h)).ToList();
            if (missing.Count > 0) throw new BusinessException("Import:MissingColumns", string.Join("、", missing));

            var importId = await imports.StartAsync(file.FileName, content, ct);
            return Results.Accepted($"/api/app/leads/imports/{importId}", new ImportStartedDto(importId));
        }).DisableAntiforgery().RequirePermission(LeadsPermissions.Import).Produces<ImportStartedDto>(StatusCodes.Status202Accepted);

        leads.MapGet("/imports/{id:guid}", async (Guid id, LeadQueries queries, CancellationToken ct) => Results.Ok(await queries.GetImportAsync(id, ct)))
            .RequirePermission(LeadsPermissions.Import).Produces<ImportDto>();
    }

    /// <summary>A channel's leads are registered by its own desk (or the joint office), who can then see and dispatch them.</summary>
    private static async Task EnsureDeskAsync(string channel, DataScope scope, IMatrixRoles roles, IStringLocalizer l, CancellationToken ct)
    {
        var desk = await roles.GetHolderAsync(MatrixRoles.IntakeDesk(channel), ct);
        if (!scope.SeesAllBodies && !scope.BodyCodes.Contains(desk))
            throw new BusinessException("Leads:NotYourChannel", l["Channel:" + channel].Value) { StatusCode = StatusCodes.Status403Forbidden };
    }

    internal static int Skip(int? skipCount) => Math.Max(skipCount ?? 0, 0);

    internal static int Take(int? maxResultCount) => Math.Clamp(maxResultCount ?? 20, 1, 1000);
}
