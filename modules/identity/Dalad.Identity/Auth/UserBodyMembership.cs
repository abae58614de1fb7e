using System.Text.Json;
using Dalad.Identity.Data;
using Dalad.Platform.Security;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace Dalad.Identity.Auth;

/// <summary>
/// A user's bodies, and whether they see every body: administrators, and members of the body that holds the matrix's
/// coordinator role (the joint office). The holder is part of the cache key, so a reassignment takes effect at once.
/// </summary>
public sealed class UserBodyMembership(IdentityDataContext db, IDistributedCache cache, IdentityCacheStamp stamp, IMatrixRoles roles) : IUserBodyMembership
{
    public async Task<BodyMembership> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var coordinator = await roles.GetHolderAsync(MatrixRoles.Coordinator, cancellationToken);
        var key = $"identity:{await stamp.GetAsync(cancellationToken)}:bodies:{coordinator}:{userId}";
        if (await cache.GetStringAsync(key, cancellationToken) is { } cached)
            return JsonSerializer.Deserialize<BodyMembership>(cached)!;

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.IsActive }).FirstOrDefaultAsync(cancellationToken);
        BodyMembership membership;
        if (user is not { IsActive: true })
        {
            membership = BodyMembership.None;
        }
        else
        {
            var codes = await db.UserBodies.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.BodyCode).Select(m => m.BodyCode).ToListAsync(cancellationToken);
            var isAdmin = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                 where ur.UserId == userId && r.Name == IdentityRoleNames.Admin select r.Id).AnyAsync(cancellationToken);
            membership = new BodyMembership(codes, isAdmin || codes.Contains(coordinator));
        }
        await cache.SetStringAsync(key, JsonSerializer.Serialize(membership), new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(20) }, cancellationToken);
        return membership;
    }
}
