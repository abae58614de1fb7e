using Microsoft.EntityFrameworkCore;

namespace Dalad.Identity.Data;

internal sealed class UserDirectory(IdentityDataContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<UserSummary>> GetMembersAsync(string bodyCode, CancellationToken cancellationToken = default)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive && u.Bodies.Any(b => b.BodyCode == bodyCode))
            .Select(u => new { u.Id, u.UserName, u.Name, Bodies = u.Bodies.Select(b => b.BodyCode).ToList() }).ToListAsync(cancellationToken);
        return users.Select(u => new UserSummary(u.Id, u.UserName!, u.Name, u.Bodies)).ToList();
    }

    public async Task<IReadOnlyList<UserSummary>> FindByUserNamesAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken = default)
    {
        if (userNames.Count == 0) return [];
        var users = await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName!))
            .Select(u => new { u.Id, u.UserName, u.Name, Bodies = u.Bodies.Select(b => b.BodyCode).OrderBy(c => c).ToList() }).ToListAsync(cancellationToken);
        return users.Select(u => new UserSummary(u.Id, u.UserName!, u.Name, u.Bodies)).ToList();
    }
}
