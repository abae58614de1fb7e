using Dalad.Platform.Data;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;

namespace Dalad.Cases.Application;

/// <summary>
/// The one rule for showing full phone and ID numbers (issue 15, finding 4): a reason of at most 200 characters is
/// required, and who, when, why and which fields (never the numbers) go to the audit log before anything is shown.
/// </summary>
internal sealed class PersonalDataDisclosure(PlatformDbContext audit, ICurrentUser user, IClock clock)
{
    public const int MaxReasonLength = 200;
    private static readonly string[] Fields = ["Phone", "IdCardNumber"];

    // The reason stays readable Chinese in the audit log.
    private static readonly System.Text.Json.JsonSerializerOptions AuditJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>Refuses a missing or too long reason before anything is read.</summary>
    public static string CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength
            ? throw new BusinessException("PersonalData:ReasonRequired")
            : reason.Trim();

    /// <summary>Records the disclosure of <paramref name="entityType"/> <paramref name="entityId"/>; <paramref name="leadIds"/> names the leads a case's show covers.</summary>
    public async Task RecordAsync(string entityType, Guid entityId, string reason, IReadOnlyList<Guid>? leadIds, CancellationToken ct)
    {
        object changes = leadIds is null
            ? new { fields = Fields, reason }
            : new { fields = Fields, leads = leadIds, reason };
        audit.AuditLog.Add(new AuditLogEntry
        {
            Time = clock.UtcNow,
            UserId = user.Id,
            UserName = user.UserName,
            EntityType = entityType,
            EntityId = entityId.ToString(),
            Action = "Disclosed",
            Changes = System.Text.Json.JsonSerializer.Serialize(changes, AuditJson),
        });
        await audit.SaveChangesAsync(ct);
    }
}
