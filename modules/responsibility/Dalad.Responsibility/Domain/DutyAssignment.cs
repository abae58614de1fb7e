using Dalad.Platform.Data;
using Dalad.Platform.Web;

namespace Dalad.Responsibility.Domain;

/// <summary>
/// One duty of the matrix (<see cref="MatrixRoles"/>) and the body that holds it. Exactly one body holds each duty:
/// reassigning moves it, never doubles it.
/// </summary>
public sealed class DutyAssignment : AuditedEntity
{
    public const int MaxRoleLength = 64;

    public required string Role { get; set; }
    public required string BodyCode { get; set; }

    /// <summary>Raised on every change; a concurrency token, so two reassignments never both build on the same state.</summary>
    public int Revision { get; set; }

    public DutyAssignmentDto ToDto() => new(Role, BodyCode);

    /// <summary>
    /// Hands the duty to <paramref name="body"/>. Only an active body can hold a duty (complaints would land on a desk
    /// nobody works at). Returns false when the body already holds it (nothing to log).
    /// </summary>
    public bool ReassignTo(BodyDto body)
    {
        if (!body.IsActive) throw new BusinessException("Responsibility:DutyHolderInactive", body.Name);
        if (body.Code == BodyCode) return false;
        BodyCode = body.Code;
        Revision++;
        return true;
    }
}
