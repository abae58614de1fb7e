using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Dalad.Projects.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Dalad.Projects.Endpoints;

/// <summary>Projects under /api/app/projects, warnings under /api/app/warnings, the project types and the warning rules.</summary>
internal static class ProjectEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var projects = endpoints.MapGroup("/api/app/projects").WithTags("Projects").RequirePermission(ProjectsPermissions.Default);
        projects.MapGet("", async (string? bodyCode, string? search, ProjectReads reads, CancellationToken ct) => Results.Ok(await reads.ListAsync(bodyCode, search, ct)))
            .Produces<IReadOnlyList<ProjectListItemDto>>();
        projects.MapGet("/{id:guid}", async (Guid id, ProjectReads reads, CancellationToken ct) => Results.Ok(await reads.DetailAsync(id, ct)))
            .Produces<ProjectDetailDto>();
        projects.MapPost("", async (ProjectInput input, ProjectService service, CancellationToken ct) =>
            {
                var created = await service.CreateAsync(input, ct);
                return Results.Created($"/api/app/projects/{created.Id}", created);
            })
            .Validate<ProjectInput>().RequirePermission(ProjectsPermissions.Manage).Produces<ProjectDetailDto>(StatusCodes.Status201Created);
        projects.MapPut("/{id:guid}", async (Guid id, ProjectInput input, ProjectService service, CancellationToken ct) => Results.Ok(await service.UpdateAsync(id, input, ct)))
            .Validate<ProjectInput>().RequirePermission(ProjectsPermissions.Manage).Produces<ProjectDetailDto>();
        projects.MapPost("/{id:guid}/advances", async (Guid id, ContractorAdvanceInput input, ProjectService service, CancellationToken ct) => Results.Ok(await service.AddAdvanceAsync(id, input, ct)))
            .Validate<ContractorAdvanceInput>().RequirePermission(ProjectsPermissions.Manage).Produces<ProjectDetailDto>();
        projects.MapPost("/{id:guid}/inspections", async (Guid id, InspectionInput input, ProjectService service, CancellationToken ct) => Results.Ok(await service.AddInspectionAsync(id, input, ct)))
            .Validate<InspectionInput>().RequirePermission(ProjectsPermissions.Manage).Produces<ProjectDetailDto>();

        // Real-name workers, attendance from site terminals, the month's pay, and attendance against pay.
        projects.MapGet("/{id:guid}/workers", async (Guid id, AttendanceService service, CancellationToken ct) => Results.Ok(await service.WorkersAsync(id, ct)))
            .Produces<IReadOnlyList<WorkerDto>>();
        projects.MapPost("/{id:guid}/workers", async (Guid id, WorkerInput input, AttendanceService service, CancellationToken ct) => Results.Ok(await service.AddWorkerAsync(id, input, ct)))
            .Validate<WorkerInput>().RequirePermission(ProjectsPermissions.Manage).Produces<WorkerDto>();
        projects.MapPost("/{id:guid}/attendance/imports", async (Guid id, AttendanceImportRequest request, AttendanceService service, IStringLocalizer l, CancellationToken ct) =>
                Answer(await service.ImportAttendanceAsync(id, request, ct), l))
            .RequirePermission(ProjectsPermissions.Manage).Produces<AttendanceImportResultDto>();
        projects.MapPost("/{id:guid}/payments/imports", async (Guid id, PaymentImportRequest request, AttendanceService service, IStringLocalizer l, CancellationToken ct) =>
                Answer(await service.ImportPaymentsAsync(id, request, ct), l))
            .RequirePermission(ProjectsPermissions.Manage).Produces<PaymentImportResultDto>();
        // The same imports from a file (.csv or .xlsx, see ImportFiles): parsed here, all or nothing, each bad row's error.
        projects.MapPost("/{id:guid}/attendance/imports/file", async (Guid id, IFormFile? file, AttendanceService service, IStringLocalizer l, CancellationToken ct) =>
                Answer(await service.ImportAttendanceFileAsync(id, file!.FileName, await ContentAsync(file, ct), ct), l))
            .DisableAntiforgery().RequirePermission(ProjectsPermissions.Manage).Produces<AttendanceImportResultDto>();
        projects.MapPost("/{id:guid}/payments/imports/file", async (Guid id, IFormFile? file, [FromForm] string? month, AttendanceService service, IStringLocalizer l, CancellationToken ct) =>
                Answer(await service.ImportPaymentFileAsync(id, month, file!.FileName, await ContentAsync(file, ct), ct), l))
            .DisableAntiforgery().RequirePermission(ProjectsPermissions.Manage).Produces<PaymentImportResultDto>();
        projects.MapGet("/{id:guid}/pay-against-attendance", async (Guid id, AttendanceService service, CancellationToken ct) => Results.Ok(await service.PayAgainstAttendanceAsync(id, ct)))
            .Produces<IReadOnlyList<WorkerMonthDto>>();

        endpoints.MapGet("/api/app/project-types", (ProjectTypes types) => Results.Ok(types.All))
            .WithTags("Projects").RequirePermission(ProjectsPermissions.Default).Produces<IReadOnlyList<ProjectTypeDto>>();

        var warnings = endpoints.MapGroup("/api/app/warnings").WithTags("Warnings").RequirePermission(WarningsPermissions.Default);
        warnings.MapGet("", async (string? bodyCode, string? status, Guid? projectId, ProjectReads reads, CancellationToken ct) =>
                Results.Ok(await reads.WarningsAsync(bodyCode, status, projectId, ct)))
            .Produces<IReadOnlyList<WarningDto>>();
        warnings.MapGet("/{id:guid}", async (Guid id, ProjectReads reads, CancellationToken ct) => Results.Ok(await reads.WarningAsync(id, ct)))
            .Produces<WarningDto>();
        warnings.MapPost("/{id:guid}/handle", async (Guid id, WarningNoteRequest request, WarningService service, CancellationToken ct) => Results.Ok(await service.HandleAsync(id, request.Note!, ct)))
            .Validate<WarningNoteRequest>().RequirePermission(WarningsPermissions.Handle).Produces<WarningDto>();
        warnings.MapPost("/{id:guid}/close", async (Guid id, WarningNoteRequest request, WarningService service, CancellationToken ct) => Results.Ok(await service.CloseAsync(id, request.Note!, ct)))
            .Validate<WarningNoteRequest>().RequirePermission(WarningsPermissions.Handle).Produces<WarningDto>();
        warnings.MapPost("/{id:guid}/to-case", async (Guid id, WarningService service, CancellationToken ct) => Results.Ok(await service.ToCaseAsync(id, ct)))
            .RequirePermission(WarningsPermissions.Handle).Produces<WarningCaseDto>();

        var rules = endpoints.MapGroup("/api/app/warning-rules").WithTags("Warnings").RequirePermission(WarningsPermissions.Default);
        rules.MapGet("", async (ProjectReads reads, CancellationToken ct) => Results.Ok(await reads.RulesAsync(ct))).Produces<IReadOnlyList<WarningRuleDto>>();
        rules.MapPut("/{key}", async (string key, WarningRuleInput input, WarningService service, CancellationToken ct) => Results.Ok(await service.UpdateRuleAsync(key, input, ct)))
            .Validate<WarningRuleInput>().RequirePermission(WarningsPermissions.ManageRules).Produces<WarningRuleDto>();
    }

    /// <summary>The uploaded file's bytes; a clear error for no file or one too large (nothing is read then).</summary>
    private static async Task<byte[]> ContentAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new BusinessException("Projects:File:None");
        if (file.Length > ImportFiles.MaxBytes) throw new BusinessException("Projects:File:TooLarge", ImportFiles.MaxBytes / 1024 / 1024);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>An import's result, or 400 with the Chinese error of every bad row under rows[n] (nothing was stored).</summary>
    private static IResult Answer<T>(ImportOutcome<T> outcome, IStringLocalizer l) => outcome.Errors.Count == 0
        ? Results.Ok(outcome.Result)
        : Results.ValidationProblem(
            outcome.Errors.ToDictionary(e => $"rows[{e.Row - 1}]", e => new[] { l["Projects:RowError", e.Row, e.Message].Value }),
            title: l["Error:Validation"], detail: string.Join("\n", outcome.Errors.Take(20).Select(e => l["Projects:RowError", e.Row, e.Message].Value))
                + (outcome.Errors.Count > 20 ? "\n" + l["Projects:MoreRowErrors", outcome.Errors.Count - 20] : ""));
}
