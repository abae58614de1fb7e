using Dalad.Platform.Security;
using Dalad.Responsibility.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Responsibility.Application;

/// <summary>
/// The workspaces of the signed-in user: the coordination overview (named after the body that holds the matrix's
/// coordinator role, the joint office) first for users who see every body, then one per
/// active body they belong to — the first registered plugin workspace that serves the body, else the generic one.
/// Read from the database on every call, so a body created at run time has its (generic) workspace at once.
/// </summary>
internal sealed class WorkspaceResolver(ICurrentUser currentUser, IUserBodyMembership memberships, IMatrixRoles roles, ResponsibilityDbContext db, IEnumerable<IWorkspaceContributor> contributors)
{
    public async Task<IReadOnlyList<WorkspaceDto>> GetMineAsync(CancellationToken ct)
    {
        if (currentUser.Id is not { } userId) return [];
        var membership = await memberships.GetAsync(userId, ct);
        var coordinator = await roles.GetHolderAsync(MatrixRoles.Coordinator, ct);
        var codes = membership.BodyCodes.ToList();
        if (membership.SeesAllBodies && !codes.Contains(coordinator)) codes.Add(coordinator);
        var bodies = (await db.Bodies.AsNoTracking().Where(b => codes.Contains(b.Code) && b.IsActive).ToListAsync(ct))
            .Select(b => b.ToDto()).ToDictionary(b => b.Code, StringComparer.Ordinal);
        var workspaces = new List<WorkspaceDto>();

        if (membership.SeesAllBodies)
        {
            var office = bodies.GetValueOrDefault(coordinator);
            workspaces.Add(new WorkspaceDto(coordinator, office?.Name ?? coordinator, office?.Kind ?? BodyKinds.Coordination, WorkspaceKeys.Coordination));
        }
        foreach (var code in membership.BodyCodes.Where(c => c != coordinator))
        {
            if (!bodies.TryGetValue(code, out var body)) continue;
            var key = contributors.Select(c => c.KeyFor(body)).FirstOrDefault(k => k is not null) ?? WorkspaceKeys.Generic;
            workspaces.Add(new WorkspaceDto(body.Code, body.Name, body.Kind, key));
        }
        return workspaces;
    }
}
