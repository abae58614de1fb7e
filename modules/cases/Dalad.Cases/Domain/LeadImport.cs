using Dalad.Platform.Data;

namespace Dalad.Cases.Domain;

/// <summary>A batch import of 12345 work orders: the workbook, its progress and, in <see cref="LeadImportRow"/>, its report.</summary>
public sealed class LeadImport : AuditedEntity
{
    public required string FileName { get; set; }

    /// <summary>The uploaded workbook, kept so an import interrupted by a restart resumes. It holds personal data: never logged.</summary>
    [SensitiveData]
    public required byte[] Content { get; set; }

    /// <summary>The uploader's UI culture: the report's reasons are written in it.</summary>
    public string Culture { get; set; } = "zh-Hans";

    public Guid? RequestedByUserId { get; set; }
    public string Status { get; set; } = ImportStatuses.Queued;
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Imported { get; set; }
    public int Linked { get; set; }
    public int Duplicates { get; set; }
    public int Rejected { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string? Error { get; set; }

    /// <summary>The host instance running the import, until <see cref="LockedUntil"/> (renewed row by row): with several
    /// instances an import runs on one, and another takes it over only if that one stopped.</summary>
    public string? LockedBy { get; set; }

    public DateTime? LockedUntil { get; set; }
}

public sealed class LeadImportRow : IAuditExempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ImportId { get; set; }
    public int RowNumber { get; set; }
    public string? TicketNumber { get; set; }
    public required string Outcome { get; set; }
    public string? Reason { get; set; }
    public Guid? LeadId { get; set; }
}
