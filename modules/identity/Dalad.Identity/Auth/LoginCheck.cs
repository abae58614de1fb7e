using System.Globalization;
using Dalad.Identity.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;

namespace Dalad.Identity.Auth;

/// <summary>
/// The one password check of the token endpoint and the login page (issue 15, finding 8): back-off per account and
/// per address instead of Identity's lockout; the same answer, after the same work (one password hash), for an
/// unknown name, a deactivated or locked account and a wrong password; and a demo password that must be changed.
/// </summary>
public sealed class LoginCheck(UserManager<AppUser> users, IDistributedCache cache, IConfiguration configuration, TimeProvider clock)
{
    public enum Outcome { Succeeded, Invalid, Throttled, MustChangePassword }

    public sealed record Result(Outcome Outcome, AppUser? User = null, int WaitSeconds = 0);

    // Hashed once: an unknown name costs the same hashing as a known one.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public async Task<Result> CheckAsync(HttpContext http, string userName, string password, CancellationToken ct = default)
    {
        var unit = configuration.GetValue("Auth:LoginBackoff", TimeSpan.FromSeconds(2));
        var now = clock.GetUtcNow();
        var accountKey = "login:user:" + users.NormalizeName(userName.Trim());
        var addressKey = "login:ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        var account = await ReadAsync(accountKey, ct);
        var address = await ReadAsync(addressKey, ct);
        var until = Max(account.BlockedUntil, address.BlockedUntil);
        if (until > now) return new Result(Outcome.Throttled, WaitSeconds: (int)Math.Ceiling((until.Value - now).TotalSeconds));

        var user = await users.FindByNameAsync(userName.Trim());
        bool valid;
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);
            valid = false;
        }
        else
        {
            valid = await users.CheckPasswordAsync(user, password) && user.IsActive && !(user.LockoutEnd > now);
        }

        if (!valid)
        {
            await WriteAsync(accountKey, account.Fail(now, LoginBackoff.AccountThreshold, unit, LoginBackoff.AccountCap), ct);
            await WriteAsync(addressKey, address.Fail(now, configuration.GetValue("Auth:LoginAddressThreshold", LoginBackoff.AddressThreshold), unit, LoginBackoff.AddressCap), ct);
            return new Result(Outcome.Invalid);
        }
        await cache.RemoveAsync(accountKey, ct);
        return new Result(user!.MustChangePassword ? Outcome.MustChangePassword : Outcome.Succeeded, user);
    }

    private sealed record Failures(int Count, DateTimeOffset? BlockedUntil)
    {
        public Failures Fail(DateTimeOffset now, int threshold, TimeSpan unit, TimeSpan cap)
        {
            var count = Count + 1;
            var delay = LoginBackoff.Delay(count, threshold, unit, cap);
            return new Failures(count, delay > TimeSpan.Zero ? now + delay : null);
        }
    }

    private async Task<Failures> ReadAsync(string key, CancellationToken ct)
    {
        var text = await cache.GetStringAsync(key, ct);
        if (text?.Split('|') is [var count, var until])
            return new Failures(int.Parse(count, CultureInfo.InvariantCulture),
                until.Length == 0 ? null : DateTimeOffset.Parse(until, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        return new Failures(0, null);
    }

    // Failures are forgotten a quarter of an hour after the last one.
    private Task WriteAsync(string key, Failures failures, CancellationToken ct) => cache.SetStringAsync(key,
        failures.Count.ToString(CultureInfo.InvariantCulture) + "|" + (failures.BlockedUntil?.ToString("O", CultureInfo.InvariantCulture) ?? ""),
        new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(15) }, ct);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
