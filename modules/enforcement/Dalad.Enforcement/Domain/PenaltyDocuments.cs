using System.Security.Cryptography;
using Dalad.Platform.Data;

namespace Dalad.Enforcement.Domain;

/// <summary>
/// A document of a penalty case (立案审批表, 调查询问笔录, 告知书, 决定书, 执行记录 …), stored in the database as the
/// platform stores its other files (the lead imports' workbooks). A document belongs to a step and is attached only once
/// the case has reached it: no 决定书 before the decision. Only PDF, Word and image files whose content matches their name.
/// </summary>
public sealed class PenaltyDocument : AuditedEntity
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    public Guid PenaltyCaseId { get; set; }
    public required string Kind { get; set; }
    public required string Step { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }

    public static PenaltyDocument Attach(PenaltyCase penalty, string? kind, string? fileName, byte[] content, DateTime now, string? user)
    {
        if (string.IsNullOrWhiteSpace(kind) || !PenaltyDocumentKinds.StepOf.TryGetValue(kind.Trim(), out var step))
            throw new EnforcementRuleException("PenaltyDocuments:UnknownKind", kind ?? "");
        if (PenaltySteps.All.IndexOf(step) > PenaltySteps.All.IndexOf(penalty.Step))
            throw new EnforcementRuleException("PenaltyDocuments:StepNotReached:" + step);
        if (content.Length == 0) throw new EnforcementRuleException("PenaltyDocuments:Empty");
        if (content.Length > MaxBytes) throw new EnforcementRuleException("PenaltyDocuments:TooLarge", MaxBytes / 1024 / 1024);
        var name = CleanName(fileName);
        var type = DocumentFiles.ContentType(name, content) ?? throw new EnforcementRuleException("PenaltyDocuments:UnsupportedType");
        return new PenaltyDocument
        {
            PenaltyCaseId = penalty.Id, Kind = kind.Trim(), Step = step, FileName = name, ContentType = type, Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), Content = content, UploadedAt = now, UploadedBy = user,
        };
    }

    /// <summary>The name without any folder (a browser may send one), trimmed, its length capped keeping the extension.</summary>
    private static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0 || name.Any(char.IsControl)) throw new EnforcementRuleException("PenaltyDocuments:NoName");
        if (name.Length <= MaxFileNameLength) return name;
        var extension = Path.GetExtension(name);
        return name[..(MaxFileNameLength - extension.Length)] + extension;
    }
}

/// <summary>The file types a penalty case's documents may have, each recognised by its extension AND its first bytes.</summary>
public static class DocumentFiles
{
    private static readonly (string[] Extensions, string ContentType, byte[] Magic)[] Types =
    [
        ([".pdf"], "application/pdf", "%PDF-"u8.ToArray()),
        ([".jpg", ".jpeg"], "image/jpeg", [0xFF, 0xD8, 0xFF]),
        ([".png"], "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ([".docx"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        ([".doc"], "application/msword", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
    ];

    /// <summary>The content type, or null when the extension is not allowed or the content is not what the name says.</summary>
    public static string? ContentType(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName);
        foreach (var (extensions, type, magic) in Types)
            if (extensions.Any(e => e.Equals(extension, StringComparison.OrdinalIgnoreCase))) return content.StartsWith(magic) ? type : null;
        return null;
    }
}
