using Microsoft.Extensions.Caching.Distributed;

namespace Dalad.Identity.Auth;

/// <summary>
/// One stamp for everything cached about users' permissions and bodies. Any change to grants, roles or
/// membership renews it, so every cached entry keyed by the old stamp is ignored — on every instance, with Redis.
/// </summary>
public sealed class IdentityCacheStamp(IDistributedCache cache)
{
    private const string Key = "identity:stamp";

    public async Task<string> GetAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await cache.GetStringAsync(Key, cancellationToken);
        if (stamp is not null) return stamp;
        stamp = Guid.NewGuid().ToString("N");
        await cache.SetStringAsync(Key, stamp, cancellationToken);
        return stamp;
    }

    public Task RenewAsync(CancellationToken cancellationToken = default) =>
        cache.SetStringAsync(Key, Guid.NewGuid().ToString("N"), cancellationToken);
}
