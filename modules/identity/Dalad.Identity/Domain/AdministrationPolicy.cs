namespace Dalad.Identity.Domain;

/// <summary>
/// Who may administer whom (issue 15, finding 1; MLPS level 3 三权分立). Privileged permissions are those that
/// administer the platform itself: identity management, the audit log, and the system administrator's settings (the
/// responsibility matrix, the search index). An editor may change a user, a role or a grant only when it holds no privileged permission the
/// editor lacks; business permissions (cases, leads) are the security administrator's to hand out. Nobody changes
/// his own bodies, roles or grants, and the last active administrator stays.
/// </summary>
public static class AdministrationPolicy
{
    public const string AuditLogPermission = "Dalad.AuditLog";

    public static bool IsPrivileged(string permission) =>
        permission.StartsWith(IdentityPermissions.GroupName + ".", StringComparison.Ordinal)
        || permission == AuditLogPermission
        || SystemPermissions.Contains(permission);

    /// <summary>The system administrator's own (系统管理员); the working calendar stays the supervisors' business.</summary>
    private static readonly HashSet<string> SystemPermissions = new(StringComparer.Ordinal) { "Dalad.Responsibility.Manage", "Dalad.Search.Rebuild" };

    /// <summary>The privileged permissions among <paramref name="target"/> that the editor does not hold.</summary>
    public static IReadOnlyList<string> Exceeding(IReadOnlySet<string> editor, IEnumerable<string> target) =>
        target.Where(p => IsPrivileged(p) && !editor.Contains(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>An editor places users only in bodies of his own, unless he belongs to the coordinating body (the
    /// matrix's coordinator role, the joint office), which sees them all.</summary>
    public static bool MayPlaceInBody(IReadOnlyCollection<string> editorBodies, string body, string coordinatorBody) =>
        editorBodies.Contains(coordinatorBody) || editorBodies.Contains(body);

    /// <summary>Whether a change that takes an active administrator away (deactivation, removal of the role, deletion)
    /// leaves at least one other active administrator.</summary>
    public static bool LeavesAnAdministrator(int otherActiveAdministrators) => otherActiveAdministrators > 0;
}
