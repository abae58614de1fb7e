using Dalad.Oversight.Application;
using Dalad.Platform.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Oversight.Endpoints;

/// <summary>The monthly reports to 纪委监委 under /api/app/oversight/monthly-reports (read: MonthlyReports; regenerate: Supervise).</summary>
internal static class MonthlyReportEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/oversight/monthly-reports").WithTags("Oversight").RequirePermission(OversightPermissions.MonthlyReports);
        group.MapGet("", async (MonthlyReportService reports, CancellationToken ct) => Results.Ok(await reports.ListAsync(ct)))
            .Produces<IReadOnlyList<MonthlyReportSummaryDto>>();
        group.MapGet("/{month}", async (string month, MonthlyReportService reports, CancellationToken ct) => Results.Ok(await reports.GetAsync(month, ct)))
            .Produces<MonthlyReportDto>();
        group.MapGet("/{month}/cases/{caseId:guid}", async (string month, Guid caseId, MonthlyReportService reports, CancellationToken ct) =>
                Results.Ok(await reports.CaseAsync(month, caseId, ct)))
            .Produces<Dalad.Cases.CaseFactsDto>();
        group.MapGet("/{month}/xlsx", async (string month, MonthlyReportService reports, CancellationToken ct) =>
        {
            var (content, fileName) = await reports.XlsxAsync(month, ct);
            return Results.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
        });
        group.MapGet("/{month}/pdf", async (string month, MonthlyReportService reports, CancellationToken ct) =>
        {
            var (content, fileName) = await reports.PdfAsync(month, ct);
            return Results.File(content, "application/pdf", fileName);
        });
        group.MapPost("/{month}/regenerate", async (string month, MonthlyReportService reports, CancellationToken ct) =>
                Results.Ok(await reports.RegenerateAsync(month, ct)))
            .RequirePermission(OversightPermissions.Supervise).Produces<MonthlyReportDto>();
    }
}
