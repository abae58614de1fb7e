using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Dalad.Identity.Auth;

/// <summary>Registers the public client <c>Dalad_App</c> (browser and tools) and the API scope.</summary>
internal static class OpenIddictSeeder
{
    public const string ClientId = "Dalad_App";
    public const string ApiScope = "Dalad";

    public static readonly string[] AllScopes = [OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.Email, OpenIddictConstants.Scopes.Roles, OpenIddictConstants.Scopes.OfflineAccess, ApiScope];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var scopes = services.GetRequiredService<IOpenIddictScopeManager>();
        if (await scopes.FindByNameAsync(ApiScope, ct) is null)
            await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = ApiScope, DisplayName = "Dalad API", Resources = { ApiScope } }, ct);

        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "达拉特旗根治欠薪协同平台",
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.Password, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var root in RootUrls(services.GetRequiredService<IConfiguration>()))
        {
            descriptor.RedirectUris.Add(new Uri(root));
            descriptor.RedirectUris.Add(new Uri(root + "/"));
            descriptor.PostLogoutRedirectUris.Add(new Uri(root));
            descriptor.PostLogoutRedirectUris.Add(new Uri(root + "/"));
        }

        // Re-applied at every start, so a new --urls or client URL takes effect without manual steps.
        var existing = await applications.FindByClientIdAsync(ClientId, ct);
        if (existing is null) await applications.CreateAsync(descriptor, ct);
        else await applications.UpdateAsync(existing, descriptor, ct);
    }

    /// <summary>The host's own addresses (<c>urls</c>, e.g. from --urls) plus <c>Auth:ClientUrls</c> (e.g. the Angular dev server).</summary>
    private static IEnumerable<string> RootUrls(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://127.0.0.1:5000")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat((configuration["Auth:ClientUrls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var roots = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)) continue;
            roots.Add(uri.GetLeftPart(UriPartial.Authority));
            if (uri.Host is "127.0.0.1") roots.Add($"{uri.Scheme}://localhost:{uri.Port}");
            if (uri.Host is "localhost") roots.Add($"{uri.Scheme}://127.0.0.1:{uri.Port}");
        }
        return roots;
    }
}
