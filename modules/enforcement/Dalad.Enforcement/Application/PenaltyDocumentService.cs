using Dalad.Enforcement.Data;
using Dalad.Enforcement.Domain;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Enforcement.Application;

/// <summary>The documents of a penalty case: attach (one file to a step the case has reached), list, download.</summary>
internal sealed class PenaltyDocumentService(EnforcementDbContext db, ICurrentUser user, IClock clock)
{
    public async Task<IReadOnlyList<PenaltyDocumentDto>> ListAsync(Guid penaltyId, CancellationToken ct)
    {
        await PenaltyAsync(penaltyId, ct);
        // Never the content here: a list of ten scans would otherwise weigh tens of megabytes.
        return await db.PenaltyDocuments.AsNoTracking().Where(d => d.PenaltyCaseId == penaltyId).OrderBy(d => d.UploadedAt)
            .Select(d => new PenaltyDocumentDto(d.Id, d.PenaltyCaseId, d.Kind, d.Step, d.FileName, d.ContentType, d.Size, d.Sha256, d.UploadedAt, d.UploadedBy))
            .ToListAsync(ct);
    }

    public async Task<PenaltyDocumentDto> AttachAsync(Guid penaltyId, string? kind, string? fileName, byte[] content, CancellationToken ct)
    {
        var penalty = await PenaltyAsync(penaltyId, ct);
        PenaltyDocument document;
        try { document = PenaltyDocument.Attach(penalty, kind, fileName, content, clock.UtcNow, user.UserName); }
        catch (EnforcementRuleException e) { throw new BusinessException(e.MessageKey, e.Arguments); }
        db.PenaltyDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        return new PenaltyDocumentDto(document.Id, document.PenaltyCaseId, document.Kind, document.Step, document.FileName, document.ContentType,
            document.Size, document.Sha256, document.UploadedAt, document.UploadedBy);
    }

    public async Task<(string FileName, string ContentType, byte[] Content)> DownloadAsync(Guid penaltyId, Guid documentId, CancellationToken ct)
    {
        var document = await db.PenaltyDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.PenaltyCaseId == penaltyId, ct)
            ?? throw new EntityNotFoundException(nameof(PenaltyDocument), documentId);
        return (document.FileName, document.ContentType, document.Content);
    }

    private async Task<PenaltyCase> PenaltyAsync(Guid id, CancellationToken ct) =>
        await db.PenaltyCases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new EntityNotFoundException(nameof(PenaltyCase), id);
}
