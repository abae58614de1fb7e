using System.Text.Json;
using Dalad.Identity.Data;
using Dalad.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace Dalad.Identity.Auth;

/// <summary>A user's bodies, and whether they see every body (joint office members and administrators).</summary>
public sealed class UserBodyMembership(IdentityDataContext db, IDistributedCache cache, IdentityCacheStamp stamp) : IUserBodyMembership
{
    public async Task<BodyMembership> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var key = $"identity:{await stamp.GetAsync(cancellationToken)}:bodies:{userId}";
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
            membership = new BodyMembership(codes, isAdmin || codes.Contains(WellKnownBodies.JointOffice));
        }
        await cache.SetStringAsync(key, JsonSerializer.Serialize(membership), new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(20) }, cancellationToken);
        return membership;
    }
}
