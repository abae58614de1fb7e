using Dalad.Identity.Data;
using Dalad.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Dalad.Identity.Auth;

/// <summary>
/// A token's session is over when the user's security stamp changed (a password reset), or he was deactivated or
/// locked out (issue 15, finding 3). The user's state is cached per instance for <c>Auth:SessionRecheckInterval</c>
/// (default 30 s) and forgotten at once on this instance when the identity services change the user; so every
/// instance ends the session within that interval. Revocation is OpenIddict's token-entry validation.
/// </summary>
public sealed class SessionCheck(IdentityDataContext db, IMemoryCache cache, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>The claim that carries the user's security stamp in access and refresh tokens.</summary>
    public const string StampClaim = "dalad_stamp";

    private sealed record UserState(string? Stamp, bool IsActive, DateTimeOffset? LockoutEnd);

    public static void Forget(IMemoryCache cache, Guid userId) => cache.Remove(Key(userId));

    /// <summary>Whether a token of the user carrying this stamp may still be used.</summary>
    public async Task<bool> IsCurrentAsync(Guid userId, string? stamp, CancellationToken ct = default)
    {
        var state = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = configuration.GetValue("Auth:SessionRecheckInterval", TimeSpan.FromSeconds(30));
            return await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new UserState(u.SecurityStamp, u.IsActive, u.LockoutEnd)).FirstOrDefaultAsync(ct);
        });
        return IsCurrent(state, stamp, clock.GetUtcNow());
    }

    public static bool IsCurrent(AppUser user, string? stamp, DateTimeOffset now) =>
        IsCurrent(new UserState(user.SecurityStamp, user.IsActive, user.LockoutEnd), stamp, now);

    private static bool IsCurrent(UserState? state, string? stamp, DateTimeOffset now) =>
        state is { IsActive: true } && !(state.LockoutEnd > now) && stamp is { Length: > 0 } && string.Equals(state.Stamp, stamp, StringComparison.Ordinal);

    private static string Key(Guid userId) => "session:" + userId.ToString("N");

    /// <summary>Runs after OpenIddict validated an access token: refuses one that is not encrypted (we only issue
    /// encrypted ones, so a signed-only token was minted elsewhere) and one whose session has ended.</summary>
    internal sealed class ValidationHandler(SessionCheck sessions) : IOpenIddictValidationHandler<ProcessAuthenticationContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseScopedHandler<ValidationHandler>()
            .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

        public async ValueTask HandleAsync(ProcessAuthenticationContext context)
        {
            if (context.AccessTokenPrincipal is not { } principal) return;
            // A JWE has five parts; a signed-only JWT three.
            if (context.AccessToken is not { } token || token.Count(c => c == '.') != 4)
            {
                context.Reject(Errors.InvalidToken, "The access token is not encrypted.");
                return;
            }
            if (!Guid.TryParse(principal.GetClaim(Claims.Subject), out var userId)
                || !await sessions.IsCurrentAsync(userId, principal.GetClaim(StampClaim), context.CancellationToken))
                context.Reject(Errors.InvalidToken, "The session has ended.");
        }
    }
}
