using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Dalad.Platform.Caching;

/// <summary>
/// The Redis cache, made optional: while Redis cannot be reached a read is a miss (the caller loads from the database)
/// and a write is skipped, so requests go on. A key whose write or removal was skipped may hold a stale value in Redis
/// (Redis restarted with its data, or only this instance lost it), so it is removed first thing once Redis answers
/// again: e.g. the identity stamp renewed during the outage, which must not come back as the old one.
/// </summary>
public sealed class ResilientDistributedCache(IDistributedCache redis, ILogger<ResilientDistributedCache> logger) : IDistributedCache
{
    private readonly ConcurrentDictionary<string, byte> _unsynced = new(StringComparer.Ordinal);
    private int _down;

    /// <summary>The Redis cache behind it.</summary>
    public IDistributedCache Redis => redis;

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        try
        {
            await SyncAsync(token);
            var value = await redis.GetAsync(key, token);
            Up();
            return value;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            Down(e);
            return null;
        }
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        WriteAsync(key, () => redis.SetAsync(key, value, options, token), token);

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        try
        {
            await redis.RefreshAsync(key, token);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            Down(e); // a sliding expiration not renewed: the entry expires early, which is only a miss
        }
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public Task RemoveAsync(string key, CancellationToken token = default) => WriteAsync(key, () => redis.RemoveAsync(key, token), token);

    private async Task WriteAsync(string key, Func<Task> write, CancellationToken token)
    {
        try
        {
            await SyncAsync(token);
            await write();
            Up();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            _unsynced[key] = 0;
            Down(e);
        }
    }

    /// <summary>Removes the keys whose writes were skipped; throws (and keeps them) while Redis is still away.</summary>
    private async Task SyncAsync(CancellationToken token)
    {
        if (_unsynced.IsEmpty) return;
        foreach (var key in _unsynced.Keys)
        {
            await redis.RemoveAsync(key, token);
            _unsynced.TryRemove(key, out _);
        }
    }

    private void Down(Exception e)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
            logger.LogWarning("Redis cannot be reached ({Error}): caching is off, requests read the database until it is back", e.GetBaseException().Message);
    }

    private void Up()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1) logger.LogInformation("Redis answers again: caching is back on");
    }

    private static bool IsUnavailable(Exception e) => e is RedisException or TimeoutException or ObjectDisposedException;
}
