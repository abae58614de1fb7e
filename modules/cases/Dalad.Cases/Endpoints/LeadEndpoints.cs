using Dalad.Cases.Application;
using Dalad.Cases.Data;
using Dalad.Cases.Domain;
using Dalad.Cases.PersonalData;
using Dalad.Platform.Permissions;
using Dalad.Platform.Security;
using Dalad.Platform.Web;
using Dalad.Responsibility;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Endpoints;

internal static class LeadEndpoints
{
    public const long MaxImportBytes = 10 * 1024 * 1024;

    // The reason stays readable Chinese in the audit log.
    private static readonly System.Text.Json.JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

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

        leads.MapGet("", async (CasesDbContext db, string? status, string? channel, string? filter, int? skipCount, int? maxResultCount, CancellationToken ct) =>
        {
            var query = db.Leads.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(status)) query = query.Where(x => x.Status == status);
            if (!string.IsNullOrWhiteSpace(channel)) query = query.Where(x => x.Channel == channel);
            if (!string.IsNullOrWhiteSpace(filter))
                query = query.Where(x => x.TicketNumber.Contains(filter) || x.Text.Contains(filter) || (x.Employer != null && x.Employer.Contains(filter)) || (x.Project != null && x.Project.Contains(filter)));
            var total = await query.LongCountAsync(ct);
            var page = await query.OrderByDescending(x => x.ReceivedAt).ThenBy(x => x.Id).Skip(Skip(skipCount)).Take(Take(maxResultCount)).ToListAsync(ct);
            // Lists never carry full numbers, whoever asks: one record's are shown through /personal-data.
            return Results.Ok(new PagedResult<LeadDto>(total, page.Select(x => x.ToDto(fullPersonalData: false)).ToList()));
        }).RequirePermission(LeadsPermissions.Default).Produces<PagedResult<LeadDto>>();

        leads.MapGet("/{id:guid}", async (Guid id, CasesDbContext db, PersonalDataView personal, CancellationToken ct) =>
        {
            var lead = await db.Leads.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Lead), id);
            return Results.Ok(lead.ToDto(await personal.ShowsFullAsync()));
        }).RequirePermission(LeadsPermissions.Default).Produces<LeadDto>();

        // The explicit "show" of one lead's numbers, for holders of Dalad.PersonalData, with a reason, in the audit log.
        leads.MapGet("/{id:guid}/personal-data", async (Guid id, string? reason, CasesDbContext db, Dalad.Platform.Data.PlatformDbContext audit, ICurrentUser user, Dalad.Platform.Timing.IClock clock, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 200) throw new BusinessException("PersonalData:ReasonRequired");
            var lead = await db.Leads.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Lead), id);
            audit.AuditLog.Add(new Dalad.Platform.Data.AuditLogEntry
            {
                Time = clock.UtcNow,
                UserId = user.Id,
                UserName = user.UserName,
                EntityType = nameof(Lead),
                EntityId = lead.Id.ToString(),
                Action = "Disclosed",
                Changes = System.Text.Json.JsonSerializer.Serialize(new { fields = new[] { "Phone", "IdCardNumber" }, reason = reason.Trim() }, AuditJson),
            });
            await audit.SaveChangesAsync(ct);
            return Results.Ok(new LeadPersonalDataDto(lead.Id, lead.Phone, lead.IdCardNumber));
        }).RequirePermission(LeadsPermissions.Default).RequirePermission(Dalad.Identity.IdentityPermissions.Users.ViewPersonalData).Produces<LeadPersonalDataDto>();

        leads.MapPost("/{id:guid}/confirm", async (Guid id, ConfirmLeadRequest request, CaseDispatch dispatch, CaseQueries queries, DataScope scope, CancellationToken ct) =>
        {
            var opened = await dispatch.ConfirmAsync(id, request, ct);
            // The dispatcher sees the case they just opened once, in this answer; afterwards it belongs to its two owners.
            using var justOpened = scope.BeginSystemScope();
            return Results.Created($"/api/app/cases/{opened.Id}", await queries.GetDetailAsync(opened.Id, ct));
        }).Validate<ConfirmLeadRequest>().RequirePermission(LeadsPermissions.Dispatch).Produces<CaseDetailDto>(StatusCodes.Status201Created);

        leads.MapPost("/imports", async (IFormFile? file, HttpContext http, CasesDbContext db, DataScope scope, IMatrixRoles roles, ICurrentUser user, LeadImportQueue queue, IStringLocalizer l, CancellationToken ct) =>
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

            var import = new LeadImport
            {
                FileName = Path.GetFileName(file.FileName) is { Length: <= 256 } name ? name : "import.xlsx",
                Content = content,
                Culture = System.Globalization.CultureInfo.CurrentUICulture.Name is { Length: > 0 } culture ? culture : "zh-Hans",
                RequestedByUserId = user.Id,
            };
            db.Imports.Add(import);
            await db.SaveChangesAsync(ct);
            queue.Enqueue(import.Id);
            return Results.Accepted($"/api/app/leads/imports/{import.Id}", new ImportStartedDto(import.Id));
        }).DisableAntiforgery().RequirePermission(LeadsPermissions.Import).Produces<ImportStartedDto>(StatusCodes.Status202Accepted);

        leads.MapGet("/imports/{id:guid}", async (Guid id, CasesDbContext db, CancellationToken ct) =>
        {
            var import = await db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new EntityNotFoundException(nameof(LeadImport), id);
            var rows = await db.ImportRows.AsNoTracking().Where(r => r.ImportId == id).OrderBy(r => r.RowNumber)
                .Select(r => new ImportRowDto(r.RowNumber, r.TicketNumber, r.Outcome, r.Reason, r.LeadId)).ToListAsync(ct);
            return Results.Ok(new ImportDto(import.Id, import.FileName, import.Status, import.Total, import.Processed, import.Imported, import.Linked,
                import.Duplicates, import.Rejected, import.CreatedAt, import.FinishedAt, import.Error, rows));
        }).RequirePermission(LeadsPermissions.Import).Produces<ImportDto>();
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
