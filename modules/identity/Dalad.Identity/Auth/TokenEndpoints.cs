using System.Collections.Immutable;
using System.Security.Claims;
using Dalad.Identity.Domain;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Dalad.Identity.Auth;

/// <summary>The OpenIddict pass-through endpoints: token (password, code, refresh), authorize, end session, userinfo.</summary>
internal static class TokenEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/connect/token", (Delegate)Token).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)Authorize).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapMethods("/connect/logout", ["GET", "POST"], (Delegate)Logout).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)UserInfo).ExcludeFromDescription()
            .RequireAuthorization(p => p.AddAuthenticationSchemes(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).RequireAuthenticatedUser());
    }

    private static async Task<IResult> Token(HttpContext context, UserManager<AppUser> users, LoginCheck login, IStringLocalizer l)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsPasswordGrantType())
        {
            var check = await login.CheckAsync(context, request.Username ?? "", request.Password ?? "", context.RequestAborted);
            return check.Outcome switch
            {
                LoginCheck.Outcome.Succeeded => Results.SignIn(await CreatePrincipalAsync(users, check.User!, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme),
                LoginCheck.Outcome.Throttled => Reject(l["Login:Throttled", check.WaitSeconds]),
                LoginCheck.Outcome.MustChangePassword => Reject(l["Login:PasswordChangeRequired"]),
                _ => Reject(l["Login:InvalidCredentials"]),
            };
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(result.Principal?.GetClaim(Claims.Subject) ?? "");
            if (user is null || !user.IsActive) return Reject(l["Login:AccountDisabled"]);
            // A password reset, a lockout or a deactivation since the refresh token was issued ends the session.
            if (request.IsRefreshTokenGrantType() && !SessionCheck.IsCurrent(user, result.Principal!.GetClaim(SessionCheck.StampClaim), DateTimeOffset.UtcNow))
                return Reject(l["Login:SessionEnded"]);
            return Results.SignIn(await CreatePrincipalAsync(users, user, result.Principal!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Reject(l["Login:UnsupportedGrant"], Errors.UnsupportedGrantType);
    }

    private static async Task<IResult> Authorize(HttpContext context, UserManager<AppUser> users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var login = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = login.Succeeded ? await users.GetUserAsync(login.Principal) : null;
        if (user is null || !user.IsActive || user.LockoutEnd > DateTimeOffset.UtcNow || request.HasPromptValue(PromptValues.Login))
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }
        // First-party client: no consent screen.
        return Results.SignIn(await CreatePrincipalAsync(users, user, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Logout(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> UserInfo(HttpContext context, UserManager<AppUser> users)
    {
        var user = await users.FindByIdAsync(context.User.GetClaim(Claims.Subject) ?? "");
        if (user is null) return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        return Results.Ok(new Dictionary<string, object?>
        {
            [Claims.Subject] = user.Id.ToString(),
            [Claims.PreferredUsername] = user.UserName,
            [Claims.Name] = user.Name ?? user.UserName,
            [Claims.Email] = user.Email,
            [Claims.Role] = await users.GetRolesAsync(user),
        });
    }

    private static IResult Reject(string description, string error = Errors.InvalidGrant) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static async Task<ClaimsPrincipal> CreatePrincipalAsync(UserManager<AppUser> users, AppUser user, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.UserName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.GivenName, user.Name)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(SessionCheck.StampClaim, await users.GetSecurityStampAsync(user))
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetScopes(scopes);
        identity.SetResources("Dalad");
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or Claims.PreferredUsername or Claims.GivenName when identity.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Email when identity.HasScope(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Role when identity.HasScope(Scopes.Roles) => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
