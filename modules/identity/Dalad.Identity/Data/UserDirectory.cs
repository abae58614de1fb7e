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
}
