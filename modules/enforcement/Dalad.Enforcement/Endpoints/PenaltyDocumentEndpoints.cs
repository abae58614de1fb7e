using Dalad.Enforcement.Application;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Permissions;
using Dalad.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dalad.Enforcement.Endpoints;

/// <summary>A penalty case's documents under /api/app/penalty-cases/{id}/documents.</summary>
internal static class PenaltyDocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/api/app/penalty-cases/{id:guid}/documents").WithTags("Orders").RequirePermission(OrdersPermissions.Default);
        documents.MapGet("", async (Guid id, PenaltyDocumentService service, CancellationToken ct) => Results.Ok(await service.ListAsync(id, ct)))
            .Produces<IReadOnlyList<PenaltyDocumentDto>>();
        documents.MapPost("", async (Guid id, IFormFile? file, [FromForm] string? kind, PenaltyDocumentService service, CancellationToken ct) =>
            {
                // Refused before anything is read: no file, or one larger than a document may be.
                if (file is null || file.Length == 0) throw new BusinessException("PenaltyDocuments:Empty");
                if (file.Length > PenaltyDocument.MaxBytes) throw new BusinessException("PenaltyDocuments:TooLarge", PenaltyDocument.MaxBytes / 1024 / 1024);
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                return Results.Ok(await service.AttachAsync(id, kind, file.FileName, buffer.ToArray(), ct));
            })
            .DisableAntiforgery().RequirePermission(OrdersPermissions.Manage).Produces<PenaltyDocumentDto>();
        documents.MapGet("/{documentId:guid}", async (Guid id, Guid documentId, PenaltyDocumentService service, CancellationToken ct) =>
            {
                var (fileName, contentType, content) = await service.DownloadAsync(id, documentId, ct);
                return Results.File(content, contentType, fileName);
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
    }
}
